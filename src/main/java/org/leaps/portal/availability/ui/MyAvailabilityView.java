package org.leaps.portal.availability.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.leaps.portal.availability.AvailabilityInputException;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.AvailabilityService.MyAvailability;
import org.leaps.portal.availability.AvailabilityStatus;
import org.leaps.portal.availability.DateException;
import org.leaps.portal.availability.DirectoryChoice;
import org.leaps.portal.availability.DirectoryPhone;
import org.leaps.portal.availability.EffectiveStatus;
import org.leaps.portal.availability.ExceptionKind;
import org.leaps.portal.availability.MyDirectoryListing;
import org.leaps.portal.availability.StatusSource;
import org.leaps.portal.availability.WeeklyWindow;
import org.leaps.portal.base.TimeConfiguration;

/**
 * A counselor's own availability, built for a phone: the current status on top, then one tap on a
 * status (after an optional tap on "for how long") changes it. Schedule, away dates, quiet hours
 * and the pick-me opt-in follow below.
 */
@Route("availability")
@PageTitle("My availability")
@Menu(order = 20, icon = "vaadin:calendar-user", title = "My availability")
@RolesAllowed("COUNSELOR")
@StyleSheet("styles/availability.css")
public class MyAvailabilityView extends Main {

  /** How long a status set now lasts. */
  enum For {
    UNTIL_CHANGED("Until I change it"),
    ONE_HOUR("For 1 hour"),
    FOUR_HOURS("For 4 hours"),
    EIGHT_HOURS("For 8 hours"),
    TOMORROW_MORNING("Until 8:00 AM tomorrow"),
    CUSTOM("Until a time I choose");

    private final String label;

    For(String label) {
      this.label = label;
    }
  }

  private final AvailabilityService service;
  private final Clock clock;

  private final Span nowStatus = new Span();
  private final Span nowDetail = new Span();
  private final Div nowCard = new Div();
  private final Paragraph deployedNote = new Paragraph();
  private final Select<For> duration = new Select<>();
  private final DateTimePicker customUntil = new DateTimePicker("Until");
  private final Map<AvailabilityStatus, Button> statusButtons =
      new EnumMap<>(AvailabilityStatus.class);
  private final Button followSchedule = new Button("Back to my schedule");
  private final Checkbox pickMe = new Checkbox("Pick me first for callouts");

  private final Div windowList = new Div();
  private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>("Days");
  private final TimePicker windowFrom = new TimePicker("From");
  private final TimePicker windowTo = new TimePicker("To");

  private final Div exceptionList = new Div();
  private final Select<ExceptionKind> reason = new Select<>();
  private final DatePicker awayFrom = new DatePicker("From date");
  private final DatePicker awayTo = new DatePicker("To date");

  private final TimePicker quietFrom = new TimePicker("Quiet from");
  private final TimePicker quietTo = new TimePicker("Quiet to");

  private final Select<DirectoryPhone> directoryPhone = new Select<>();
  private final Checkbox directoryCall = new Checkbox("Officers may call");
  private final Checkbox directoryText = new Checkbox("Officers may text");

  /**
   * What the two lists show, so that a change that leaves them alone (a status click, most often)
   * does not rebuild their rows, buttons and tooltips: in the profile of a 1,000-user run the
   * rebuild was about a tenth of the status screen's own samples (docs/performance/load.md).
   */
  private List<WeeklyWindow> shownWindows; // null until first shown

  private List<DateException> shownExceptions; // null until first shown

  MyAvailabilityView(AvailabilityService service, Clock clock) {
    this.service = service;
    this.clock = clock;
    addClassNames("view", "availability-view");
    add(statusSection(), scheduleSection(), awaySection(), quietSection(), directorySection());
    show(service.mine());
    showDirectory(service.myDirectoryListing());
  }

  // --- status ----------------------------------------------------------------------------------

  private Component statusSection() {
    nowStatus.setId("now-status");
    nowStatus.addClassName("now-status");
    nowDetail.setId("now-detail");
    nowDetail.addClassName("now-detail");
    var nowLabel = new Span("Right now");
    nowLabel.addClassName("now-label");
    nowCard.add(nowLabel, nowStatus, nowDetail);
    nowCard.setId("now-card");
    nowCard.addClassName("now-card");
    nowCard.getElement().setAttribute("role", "status");

    deployedNote.setId("deployed-note");
    deployedNote.addClassName("deployed-note");
    deployedNote.setVisible(false);

    duration.setId("status-duration");
    duration.setLabel("How long");
    duration.setItems(For.values());
    duration.setItemLabelGenerator(f -> f.label);
    duration.setValue(For.UNTIL_CHANGED);
    duration.addClassName("status-duration");
    customUntil.setId("status-until");
    customUntil.setVisible(false);
    customUntil.setStep(Duration.ofMinutes(15));
    customUntil.addClassName("status-until");
    duration.addValueChangeListener(e -> customUntil.setVisible(e.getValue() == For.CUSTOM));

    var buttons = new Div();
    buttons.addClassName("status-buttons");
    buttons.getElement().setAttribute("role", "group");
    buttons.getElement().setAttribute("aria-label", "Set my status");
    addStatusButton(buttons, AvailabilityStatus.AVAILABLE, VaadinIcon.CHECK_CIRCLE, "available");
    addStatusButton(buttons, AvailabilityStatus.ON_CALL, VaadinIcon.PHONE, "on-call");
    addStatusButton(buttons, AvailabilityStatus.UNAVAILABLE, VaadinIcon.BAN, "unavailable");

    followSchedule.setId("follow-schedule");
    followSchedule.addThemeVariants(ButtonVariant.TERTIARY);
    followSchedule.addClassName("follow-schedule");
    followSchedule.addClickListener(e -> run(service::followMySchedule, "Back on your schedule"));

    pickMe.setId("pick-me");
    pickMe.addClassName("pick-me");
    pickMe.addValueChangeListener(e -> {
      if (e.isFromClient()) {
        run(
            () -> service.setPickMe(e.getValue()),
            e.getValue() ? "You will be asked first" : "Pick-me turned off");
      }
    });
    var pickMeHelp =
        new Span("Program staff ask counselors who opted in first when a callout comes in.");
    pickMeHelp.addClassName("help");

    var section =
        new Section(
            new H2("Status"),
            nowCard,
            deployedNote,
            duration,
            customUntil,
            buttons,
            followSchedule,
            pickMe,
            pickMeHelp);
    section.addClassName("availability-section");
    section.setId("status-section");
    return section;
  }

  private void addStatusButton(
      Div group, AvailabilityStatus status, VaadinIcon icon, String idSuffix) {
    var button = new Button(status.label(), icon.create());
    button.setId("status-" + idSuffix);
    button.addClassNames("status-button", "status-" + idSuffix);
    button.addClickListener(e -> setStatus(status));
    statusButtons.put(status, button);
    group.add(button);
  }

  private void setStatus(AvailabilityStatus status) {
    customUntil.setInvalid(false);
    Instant until;
    try {
      until = until();
    } catch (AvailabilityInputException ex) {
      showError(ex);
      return;
    }
    run(() -> service.setMyStatus(status, until), "Status: " + status.label());
  }

  private Instant until() {
    Instant now = clock.instant();
    ZonedDateTime local = now.atZone(TimeConfiguration.PROGRAM_ZONE);
    return switch (duration.getValue() == null ? For.UNTIL_CHANGED : duration.getValue()) {
      case UNTIL_CHANGED -> null;
      case ONE_HOUR -> now.plus(Duration.ofHours(1));
      case FOUR_HOURS -> now.plus(Duration.ofHours(4));
      case EIGHT_HOURS -> now.plus(Duration.ofHours(8));
      case TOMORROW_MORNING ->
          local
              .toLocalDate()
              .plusDays(1)
              .atTime(8, 0)
              .atZone(TimeConfiguration.PROGRAM_ZONE)
              .toInstant();
      case CUSTOM -> {
        LocalDateTime chosen = customUntil.getValue();
        if (chosen == null) {
          throw new AvailabilityInputException("Until", "choose a date and time");
        }
        yield chosen.atZone(TimeConfiguration.PROGRAM_ZONE).toInstant();
      }
    };
  }

  // --- weekly schedule -------------------------------------------------------------------------

  private Component scheduleSection() {
    windowList.setId("window-list");
    windowList.addClassName("item-list");
    days.setId("window-days");
    days.setItems(DayOfWeek.values());
    days.setItemLabelGenerator(Times::shortDay);
    days.addClassName("day-picker");
    windowFrom.setId("window-from");
    windowTo.setId("window-to");
    windowFrom.setStep(Duration.ofMinutes(30));
    windowTo.setStep(Duration.ofMinutes(30));
    windowTo.setHelperText("Earlier than From: runs into the next day");
    var add = new Button("Add on-call time", VaadinIcon.PLUS.create());
    add.setId("add-window");
    add.addClickListener(e -> {
      clearErrors(days, windowFrom, windowTo);
      if (run(
          () -> service.addWindows(days.getValue(), windowFrom.getValue(), windowTo.getValue()),
          "On-call time added")) {
        days.clear();
      }
    });
    var times = new Div(windowFrom, windowTo);
    times.addClassName("field-pair");
    var section =
        new Section(
            new H2("Weekly on-call schedule"),
            help("When no status is set, you are on call inside these times (Central time)."),
            windowList,
            days,
            times,
            add);
    section.addClassName("availability-section");
    section.setId("schedule-section");
    return section;
  }

  // --- away dates ------------------------------------------------------------------------------

  private Component awaySection() {
    exceptionList.setId("exception-list");
    exceptionList.addClassName("item-list");
    reason.setId("away-reason");
    reason.setLabel("Reason");
    reason.setItems(ExceptionKind.values());
    reason.setItemLabelGenerator(ExceptionKind::label);
    reason.setValue(ExceptionKind.VACATION);
    awayFrom.setId("away-from");
    awayTo.setId("away-to");
    var add = new Button("Add away dates", VaadinIcon.PLUS.create());
    add.setId("add-exception");
    add.addClickListener(e -> {
      clearErrors(awayFrom, awayTo);
      run(
          () -> service.addException(reason.getValue(), awayFrom.getValue(), awayTo.getValue()),
          "Away dates added");
    });
    var dates = new Div(awayFrom, awayTo);
    dates.addClassName("field-pair");
    var section =
        new Section(
            new H2("Away dates"),
            help("Vacation or training: your schedule does not apply on these days."),
            exceptionList,
            reason,
            dates,
            add);
    section.addClassName("availability-section");
    section.setId("away-section");
    return section;
  }

  // --- quiet hours -----------------------------------------------------------------------------

  private Component quietSection() {
    quietFrom.setId("quiet-from");
    quietTo.setId("quiet-to");
    quietFrom.setStep(Duration.ofMinutes(30));
    quietTo.setStep(Duration.ofMinutes(30));
    var save = new Button("Save quiet hours");
    save.setId("save-quiet");
    save.addClickListener(e -> {
      clearErrors(quietFrom, quietTo);
      run(
          () -> service.setQuietHours(quietFrom.getValue(), quietTo.getValue()),
          "Quiet hours saved");
    });
    var clear = new Button("Clear");
    clear.setId("clear-quiet");
    clear.addThemeVariants(ButtonVariant.TERTIARY);
    clear.addClickListener(e -> {
      clearErrors(quietFrom, quietTo);
      run(() -> service.setQuietHours(null, null), "Quiet hours cleared");
    });
    var times = new Div(quietFrom, quietTo);
    times.addClassName("field-pair");
    var buttons = new Div(save, clear);
    buttons.addClassName("button-row");
    var section =
        new Section(
            new H2("Quiet hours"),
            help(
                "Alerts wait in your inbox during these hours; only critical alerts still pop"
                    + " up and email you. Your status stays as is."),
            times,
            buttons);
    section.addClassName("availability-section");
    section.setId("quiet-section");
    return section;
  }

  // --- Find a peer directory --------------------------------------------------------------------

  private Component directorySection() {
    directoryPhone.setId("directory-phone");
    directoryPhone.setLabel("Phone shown to officers");
    directoryPhone.setItemLabelGenerator(DirectoryPhone::label);
    directoryCall.setId("directory-call");
    directoryText.setId("directory-text");
    directoryPhone.addValueChangeListener(e -> {
      boolean phone = e.getValue() != null && e.getValue() != DirectoryPhone.NONE;
      directoryCall.setEnabled(phone);
      directoryText.setEnabled(phone);
    });
    var save = new Button("Save directory choice");
    save.setId("save-directory");
    save.addClickListener(e -> saveDirectory());
    var links = new Div(directoryCall, directoryText);
    links.addClassName("button-row");
    var section =
        new Section(
            new H2("Find a peer directory"),
            help(
                "While you are available or on call and not in quiet hours, officers can find"
                    + " you by first name, agency and specialties. Choose whether they also see"
                    + " a phone to call or text."),
            directoryPhone,
            links,
            save);
    section.addClassName("availability-section");
    section.setId("directory-section");
    return section;
  }

  private void saveDirectory() {
    directoryPhone.setInvalid(false);
    try {
      DirectoryPhone phone = directoryPhone.getValue();
      boolean shown = phone != null && phone != DirectoryPhone.NONE;
      showDirectory(
          service.setMyDirectoryChoice(
              new DirectoryChoice(
                  phone, shown && directoryCall.getValue(), shown && directoryText.getValue())));
      var n =
          Notification.show("Directory choice saved", 2500, Notification.Position.BOTTOM_CENTER);
      n.addThemeVariants(NotificationVariant.SUCCESS);
    } catch (AvailabilityInputException ex) {
      directoryPhone.setErrorMessage(ex.getMessage());
      directoryPhone.setInvalid(true);
      var n = Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE);
      n.addThemeVariants(NotificationVariant.ERROR);
    }
  }

  /** Offers only the roster phones that exist, each with its number, and the saved choice. */
  private void showDirectory(MyDirectoryListing listing) {
    var offered = new java.util.ArrayList<DirectoryPhone>();
    if (listing.mobilePhone() != null) {
      offered.add(DirectoryPhone.MOBILE);
    }
    if (listing.workPhone() != null) {
      offered.add(DirectoryPhone.WORK);
    }
    offered.add(DirectoryPhone.NONE);
    directoryPhone.setItems(offered);
    directoryPhone.setItemLabelGenerator(p ->
        switch (p) {
          case MOBILE -> p.label() + " " + listing.mobilePhone();
          case WORK -> p.label() + " " + listing.workPhone();
          case NONE -> "No phone: first name, agency and specialties only";
        });
    DirectoryChoice choice = listing.choice();
    directoryPhone.setValue(
        offered.contains(choice.phone()) ? choice.phone() : DirectoryPhone.NONE);
    directoryCall.setValue(choice.call());
    directoryText.setValue(choice.text());
  }

  // --- showing and saving ----------------------------------------------------------------------

  private void show(MyAvailability mine) {
    EffectiveStatus now = mine.now();
    nowStatus.setText(now.status().label());
    nowDetail.setText(Times.explain(now, clock));
    for (AvailabilityStatus s : AvailabilityStatus.values()) {
      nowCard.removeClassName("is-" + s.name().toLowerCase());
    }
    nowCard.addClassName("is-" + now.status().name().toLowerCase());

    boolean deployed =
        now.status() == AvailabilityStatus.DEPLOYED && now.source() == StatusSource.SET;
    deployedNote.setVisible(deployed);
    deployedNote.setText(
        deployed ? "You are deployed on a callout. Program staff clear this when it ends." : "");
    boolean setByCounselor = now.source() == StatusSource.SET && !deployed;
    statusButtons.forEach((status, button) -> {
      boolean current = setByCounselor && now.status() == status;
      button.getElement().setAttribute("aria-pressed", String.valueOf(current));
      if (current) {
        button.addThemeVariants(ButtonVariant.PRIMARY);
      } else {
        button.removeThemeVariants(ButtonVariant.PRIMARY);
      }
      button.setEnabled(!deployed);
    });
    duration.setEnabled(!deployed);
    followSchedule.setVisible(setByCounselor);
    pickMe.setValue(mine.plan().pickMe());
    quietFrom.setValue(mine.plan().quietStart());
    quietTo.setValue(mine.plan().quietEnd());
    showWindows(mine);
    showExceptions(mine);
  }

  private void showWindows(MyAvailability mine) {
    var windows =
        mine.plan().windows().stream()
            .sorted(
                Comparator.comparing(WeeklyWindow::getDay).thenComparing(WeeklyWindow::getStart))
            .toList();
    if (windows.equals(shownWindows)) {
      return;
    }
    shownWindows = windows;
    windowList.removeAll();
    if (windows.isEmpty()) {
      windowList.add(empty("No on-call times yet."));
    }
    for (WeeklyWindow window : windows) {
      String text = Times.window(window);
      windowList.add(
          item(
              text,
              "Remove " + text,
              () ->
                  removeWithUndo(
                      () -> service.removeWindow(window),
                      "On-call time removed: " + text,
                      () ->
                          service.addWindows(
                              Set.of(window.getDay()), window.getStart(), window.getEnd()))));
    }
  }

  private void showExceptions(MyAvailability mine) {
    var zone = TimeConfiguration.PROGRAM_ZONE;
    var exceptions =
        mine.plan().exceptions().stream()
            .filter(e -> e.getEndsAt().isAfter(clock.instant()))
            .sorted(Comparator.comparing(DateException::getStartsAt))
            .toList();
    if (exceptions.equals(shownExceptions)) {
      return;
    }
    shownExceptions = exceptions;
    exceptionList.removeAll();
    if (exceptions.isEmpty()) {
      exceptionList.add(empty("No away dates."));
    }
    for (DateException exception : exceptions) {
      LocalDate first = exception.firstDay(zone);
      LocalDate last = exception.lastDay(zone);
      String text =
          exception.getKind().label()
              + ": "
              + Times.date(first)
              + (first.equals(last) ? "" : " to " + Times.date(last));
      exceptionList.add(
          item(
              text,
              "Remove " + text,
              () ->
                  removeWithUndo(
                      () -> service.removeException(exception),
                      "Away dates removed: " + text,
                      () -> service.addException(exception.getKind(), first, last))));
    }
  }

  private Component item(String text, String removeLabel, Runnable remove) {
    var label = new Span(text);
    var button = new Button(VaadinIcon.TRASH.create(), e -> remove.run());
    button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
    button.setAriaLabel(removeLabel);
    button.setTooltipText(removeLabel);
    var row = new Div(label, button);
    row.addClassName("item");
    return row;
  }

  private static Component empty(String text) {
    var span = new Span(text);
    span.addClassName("empty");
    return span;
  }

  private static Component help(String text) {
    var p = new Paragraph(text);
    p.addClassName("help");
    return p;
  }

  /**
   * Removes at once (one tap on a phone) and offers Undo for a while, which puts the same thing
   * back: no confirmation dialog in the way, and nothing lost by a slip of the thumb.
   */
  private void removeWithUndo(
      Supplier<MyAvailability> remove, String done, Supplier<MyAvailability> putBack) {
    try {
      show(remove.get());
    } catch (AvailabilityInputException ex) {
      showError(ex);
      show(service.mine());
      return;
    }
    clearAllErrors();
    var notification = new Notification();
    notification.setId("undo-notification");
    notification.setDuration(8000);
    notification.setPosition(Notification.Position.BOTTOM_CENTER);
    var text = new Span(done);
    var undo = new Button("Undo");
    undo.setId("undo");
    undo.addThemeVariants(ButtonVariant.PRIMARY);
    undo.addClickListener(e -> {
      notification.close();
      run(putBack, "Put back");
    });
    var content = new Div(text, undo);
    content.addClassName("undo-toast");
    notification.add(content);
    notification.open();
  }

  /** Runs a change, shows the result, or shows what was wrong next to the field. */
  private boolean run(Supplier<MyAvailability> change, String done) {
    try {
      show(change.get());
      // An error left from an earlier attempt no longer applies once something succeeds.
      clearAllErrors();
      var n = Notification.show(done, 2500, Notification.Position.BOTTOM_CENTER);
      n.addThemeVariants(NotificationVariant.SUCCESS);
      return true;
    } catch (AvailabilityInputException ex) {
      showError(ex);
      show(service.mine());
      return false;
    }
  }

  private void showError(AvailabilityInputException ex) {
    HasValidation field =
        switch (ex.field()) {
          case "Until" -> customUntil;
          case "Days" -> days;
          case "From" -> windowFrom;
          case "To" -> windowTo;
          case "From date" -> awayFrom;
          case "To date" -> awayTo;
          case "Quiet from" -> quietFrom;
          case "Quiet to" -> quietTo;
          default -> null;
        };
    if (field != null) {
      field.setErrorMessage(ex.getMessage());
      field.setInvalid(true);
    }
    if (ex.field().equals("Until")) {
      duration.setValue(For.CUSTOM);
    }
    var n = Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE);
    n.addThemeVariants(NotificationVariant.ERROR);
  }

  private void clearAllErrors() {
    clearErrors(customUntil, days, windowFrom, windowTo, awayFrom, awayTo, quietFrom, quietTo);
  }

  private static void clearErrors(HasValidation... fields) {
    for (HasValidation field : fields) {
      field.setInvalid(false);
    }
  }
}
