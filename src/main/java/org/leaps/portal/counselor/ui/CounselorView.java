package org.leaps.portal.counselor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.audit.AuditEvent;
import org.leaps.portal.audit.FieldChange;
import org.leaps.portal.base.TimeConfiguration;
import org.leaps.portal.counselor.CertifyingBody;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorConflictException;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.CounselorStatus;
import org.leaps.portal.counselor.RosterFieldException;
import org.leaps.portal.counselor.Specialty;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeographyService;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One counselor's record: create, edit, deactivate and reactivate. Another agency's id, or one that
 * does not exist, reads as "not found". A save over someone else's newer save is refused with their
 * changes shown.
 */
@StyleSheet("styles/roster.css")
@Route(CounselorView.ROUTE)
@PageTitle("Counselor")
@RolesAllowed({"DIRECTOR", "STAFF", "LIAISON"})
public class CounselorView extends Main implements BeforeEnterObserver {

  /** The record's route; {@link #url} fills in the id. */
  static final String ROUTE = "roster/:id";

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a", Locale.US)
          .withZone(TimeConfiguration.PROGRAM_ZONE);

  private final CounselorService counselors;
  private final List<Agency> agenciesInScope;
  private final List<Agency> activeAgencies;

  final BeanValidationBinder<Counselor> binder = new BeanValidationBinder<>(Counselor.class);
  final TextField firstName = new TextField("First name");
  final TextField lastName = new TextField("Last name");
  final TextField rank = new TextField("Rank");
  final TextField badge = new TextField("Badge number");
  final ComboBox<Agency> agency = new ComboBox<>("Agency");
  final com.vaadin.flow.component.combobox.MultiSelectComboBox<Agency> additionalAgencies =
      new com.vaadin.flow.component.combobox.MultiSelectComboBox<>("Also serves");
  final Paragraph viewOnly = new Paragraph();
  final ComboBox<County> homeCounty = new ComboBox<>("Home county");
  final TextField homeZip = new TextField("Home or duty ZIP");
  final TextField workPhone = new TextField("Work phone");
  final TextField mobilePhone = new TextField("Mobile phone");
  final EmailField email = new EmailField("Email");
  final CheckboxGroup<Specialty> specialties = new CheckboxGroup<>("Specialties");
  final DatePicker basicCourseDate = new DatePicker("32-hour basic course completed");
  final ComboBox<CertifyingBody> certifyingBody = new ComboBox<>("Certifying body");
  final DatePicker designationDate = new DatePicker("Designated by agency head");
  final DatePicker recertificationDue = new DatePicker("Recertification due");
  final IntegerField ceHours = new IntegerField("Continuing-education hours");
  final TextArea adminNotes = new TextArea("Administrative notes");

  final H2 heading = new H2();
  final Span statusBadge = new Span();
  final Span privilegeBadge = new Span();
  final Button save = new Button("Save", VaadinIcon.CHECK.create(), e -> save());
  final Button deactivate =
      new Button("Deactivate", VaadinIcon.BAN.create(), e -> confirmDeactivate());
  final Button reactivate =
      new Button("Reactivate", VaadinIcon.REFRESH.create(), e -> reactivate());
  final Div history = new Div();
  private final Div body = new Div();
  private final Div notFound = new Div();

  private Counselor counselor;
  private Map<String, String> loadedValues = Map.of();
  Dialog conflictDialog;

  CounselorView(CounselorService counselors, AgencyService agencies, GeographyService geography) {
    this.counselors = counselors;
    this.agenciesInScope = agencies.agenciesInScope();
    this.activeAgencies = agencies.activeAgencies();
    addClassNames("view", "counselor-view");

    var back = new Button("Roster", VaadinIcon.ARROW_LEFT.create(), e -> backToRoster());
    back.addThemeVariants(ButtonVariant.TERTIARY);
    back.setId("back-to-roster");
    back.addClassName("back-link");

    firstName.setId("first-name");
    lastName.setId("last-name");
    email.setId("email");
    mobilePhone.setId("mobile-phone");
    workPhone.setId("work-phone");
    basicCourseDate.setId("basic-course-date");
    adminNotes.setId("admin-notes");
    agency.setId("agency");
    homeCounty.setId("home-county");
    homeZip.setId("home-zip");
    homeZip.setMaxLength(5);
    homeZip.setAllowedCharPattern("[0-9]");
    homeZip.setHelperText(
        "Optional. Callout distances run from it; without it, the county centre.");
    for (TextField phone : List.of(workPhone, mobilePhone)) {
      phone.setPlaceholder("(601) 555-0123");
    }
    agency.setItems(agenciesInScope);
    agency.setItemLabelGenerator(Agency::getName);
    additionalAgencies.setId("additional-agencies");
    additionalAgencies.setItems(activeAgencies);
    additionalAgencies.setItemLabelGenerator(Agency::getName);
    additionalAgencies.setClearButtonVisible(true);
    additionalAgencies.setHelperText(
        "Other agencies this counselor serves. Their liaisons can view the record; changes stay"
            + " with the counselor's own agency.");
    homeCounty.setItems(geography.counties());
    homeCounty.setItemLabelGenerator(County::getName);
    specialties.setItems(Specialty.values());
    specialties.setItemLabelGenerator(Specialty::label);
    specialties.addClassName("specialties");
    certifyingBody.setItems(CertifyingBody.values());
    certifyingBody.setItemLabelGenerator(CertifyingBody::label);
    certifyingBody.setClearButtonVisible(true);
    ceHours.setMin(0);
    ceHours.setStepButtonsVisible(true);
    adminNotes.setMaxLength(1000);
    adminNotes.setHelperText(
        "Administrative only (availability, contact preferences). Never anything said in, or about, a peer support contact.");

    for (var required : List.of(firstName, lastName, email)) {
      required.setRequiredIndicatorVisible(true);
    }
    binder.forField(firstName).bind("firstName");
    binder.forField(lastName).bind("lastName");
    binder.forField(rank).bind("rankTitle");
    binder.forField(badge).bind("badgeNumber");
    binder.forField(agency).bind("agency");
    binder.forField(additionalAgencies).bind("additionalAgencies");
    binder.forField(homeCounty).bind("homeCounty");
    binder.forField(homeZip).bind("homeZip");
    binder.forField(workPhone).bind("workPhone");
    binder.forField(mobilePhone).bind("mobilePhone");
    binder.forField(email).bind("email");
    binder.forField(specialties).bind("specialties");
    binder.forField(basicCourseDate).bind("basicCourseDate");
    binder.forField(certifyingBody).bind("certifyingBody");
    binder.forField(designationDate).bind("designationDate");
    binder.forField(recertificationDue).bind("recertificationDue");
    binder
        .forField(ceHours)
        .withConverter((Integer v) -> v == null ? 0 : v, (Integer v) -> v)
        .bind("continuingEducationHours");
    binder.forField(adminNotes).bind("adminNotes");
    // The email field checks the address's form itself; without these texts it only turns red.
    email.setI18n(
        new EmailField.EmailFieldI18n()
            .setRequiredErrorMessage("Email is required")
            .setPatternErrorMessage("Enter an email address such as name@agency.ms.gov"));
    // The rules' messages are fragments (the CSV import puts them after "row 3:"); the form shows
    // them as sentences.
    binder.setValidationStatusHandler(status -> {
      status.notifyBindingValidationStatusHandlers();
      status.getFieldValidationErrors().stream()
          .filter(error -> error.getField() instanceof HasValidation)
          .forEach(error ->
              ((HasValidation) error.getField())
                  .setErrorMessage(sentence(error.getMessage().orElse(""))));
    });

    var person =
        new FormLayout(
            firstName,
            lastName,
            rank,
            badge,
            agency,
            additionalAgencies,
            homeCounty,
            homeZip,
            email,
            mobilePhone,
            workPhone);
    var training =
        new FormLayout(
            basicCourseDate, certifyingBody, designationDate, recertificationDue, ceHours);
    for (FormLayout form : List.of(person, training)) {
      form.setResponsiveSteps(
          new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
    }
    save.addThemeVariants(ButtonVariant.PRIMARY);
    save.setId("save");
    deactivate.setId("deactivate");
    deactivate.addThemeVariants(ButtonVariant.ERROR);
    reactivate.setId("reactivate");
    var buttons = new Div(save, deactivate, reactivate);
    buttons.addClassName("record-actions");

    heading.setId("record-heading");
    statusBadge.setId("record-status");
    statusBadge.addClassName("status-badge");
    privilegeBadge.setId("record-privilege");
    var badges = new Div(statusBadge, privilegeBadge);
    badges.addClassName("record-badges");
    history.setId("record-history");
    history.addClassName("record-history");

    viewOnly.setId("record-view-only");
    viewOnly.addClassName("record-view-only");
    viewOnly.setVisible(false);
    body.add(
        heading,
        badges,
        viewOnly,
        new H3("Person"),
        person,
        specialties,
        new H3("Training and certification"),
        training,
        adminNotes,
        buttons,
        history);
    body.addClassName("record-body");
    notFound.setId("not-found");
    notFound.add(
        new H2("Counselor not found"),
        new Paragraph("There is no counselor with this number on your roster."));
    notFound.setVisible(false);
    add(back, body, notFound);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String id = event.getRouteParameters().get("id").orElse("");
    if (id.equals("new")) {
      startNew();
      return;
    }
    Optional<Counselor> found = Optional.empty();
    try {
      found = counselors.findInScope(Long.parseLong(id));
    } catch (NumberFormatException ignored) {
      // not a number: not found
    }
    found.ifPresentOrElse(
        c -> {
          load(c);
          counselors.recordOpened(c);
        },
        this::showNotFound);
  }

  private void showNotFound() {
    body.setVisible(false);
    notFound.setVisible(true);
  }

  private void startNew() {
    Counselor draft =
        new Counselor(
            "", "", agenciesInScope.size() == 1 ? agenciesInScope.getFirst() : null, null, "");
    if (draft.getAgency() != null) {
      draft.setHomeCounty(draft.getAgency().getHomeCounty());
    }
    load(draft);
  }

  void load(Counselor loaded) {
    this.counselor = loaded;
    this.loadedValues = loaded.auditValues();
    body.setVisible(true);
    notFound.setVisible(false);
    // A record seen through an additional agency names an agency outside the person's scope.
    agency.setItems(
        including(
            agenciesInScope, loaded.getAgency() == null ? Set.of() : Set.of(loaded.getAgency())));
    additionalAgencies.setItems(including(activeAgencies, loaded.getAdditionalAgencies()));
    binder.readBean(loaded);
    boolean isNew = loaded.getId() == null;
    boolean editable = isNew || counselors.canEdit(loaded);
    binder.setReadOnly(!editable);
    viewOnly.setVisible(!editable);
    if (!editable) {
      viewOnly.setText(
          "View only: this counselor also serves your agency. Changes are made by "
              + loaded.getAgency().getName()
              + " or the program staff.");
    }
    // Derived from the training hours log (decision 081): shown, not typed in.
    boolean fromLog = loaded.isTrainingFromLog();
    for (var derived : List.of(basicCourseDate, recertificationDue)) {
      derived.setReadOnly(!editable || fromLog);
      derived.setHelperText(fromLog ? "From the training log" : null);
    }
    ceHours.setReadOnly(!editable || fromLog);
    ceHours.setHelperText(fromLog ? "From the training log" : null);
    heading.setText(isNew ? "New counselor" : loaded.getFullName());
    agency.setReadOnly(!editable || agenciesInScope.size() <= 1);
    statusBadge.setText(loaded.getStatus().label());
    statusBadge.getElement().setAttribute("data-status", loaded.getStatus().name());
    boolean eligible = loaded.isPrivilegeEligible(counselors.today());
    privilegeBadge.setText(eligible ? "Privilege-eligible" : "Not privilege-eligible");
    privilegeBadge.setClassName("privilege-badge " + (eligible ? "eligible" : "not-eligible"));
    privilegeBadge.setVisible(!isNew);
    statusBadge.setVisible(!isNew);
    save.setVisible(editable);
    deactivate.setVisible(editable && !isNew && loaded.getStatus() == CounselorStatus.ACTIVE);
    reactivate.setVisible(editable && !isNew && loaded.getStatus() != CounselorStatus.ACTIVE);
    showHistory();
  }

  void save() {
    if (!binder.writeBeanIfValid(counselor)) {
      notify("Please correct the highlighted fields.", NotificationVariant.ERROR);
      return;
    }
    try {
      // Asked before saving: saving a new record gives the same object its id.
      boolean wasNew = counselor.getId() == null;
      Counselor saved = wasNew ? counselors.create(counselor) : counselors.update(counselor);
      notify(saved.getFullName() + " saved.", NotificationVariant.SUCCESS);
      if (wasNew) {
        getUI()
            .ifPresent(ui ->
                ui.navigate(
                    CounselorView.class, new RouteParameters("id", String.valueOf(saved.getId()))));
      }
      load(saved);
    } catch (CounselorConflictException conflict) {
      showConflict(conflict.current(), conflict.changedBy(), conflict.changedAt());
    } catch (OptimisticLockingFailureException race) {
      counselors
          .findInScope(counselor.getId())
          .ifPresentOrElse(c -> showConflict(c, null, null), this::showNotFound);
    } catch (RosterFieldException e) {
      if (e.field().equals("email")) {
        email.setErrorMessage(sentence(e.getMessage()));
        email.setInvalid(true);
      }
      notify("Not saved: " + e.getMessage(), NotificationVariant.ERROR);
    } catch (ConstraintViolationException e) {
      notify(
          "Not saved: " + e.getConstraintViolations().iterator().next().getMessage(),
          NotificationVariant.ERROR);
    } catch (NoSuchElementException e) {
      showNotFound();
    }
  }

  /** Shows what the other person changed, and what this person would lose; offers a reload. */
  private void showConflict(Counselor current, String changedBy, java.time.Instant changedAt) {
    Map<String, String> mine = counselor.auditValues();
    List<FieldChange> theirs = FieldChange.between(loadedValues, current.auditValues());
    List<FieldChange> yours = FieldChange.between(loadedValues, mine);
    conflictDialog = new Dialog();
    conflictDialog.setHeaderTitle("Someone else changed this counselor");
    conflictDialog.setId("conflict-dialog");
    String who = changedBy == null ? "Another person" : changedBy;
    String when = changedAt == null ? "" : " at " + WHEN.format(changedAt);
    var intro =
        new Paragraph(
            who
                + " saved "
                + current.getFullName()
                + when
                + ", after you opened the record. Your changes were not saved, and theirs were not overwritten.");
    intro.setId("conflict-intro");
    conflictDialog.add(
        intro,
        new H3("Their changes"),
        changeList("conflict-theirs", theirs),
        new H3("Your unsaved changes"),
        changeList("conflict-yours", yours));
    var reload =
        new Button(
            "Reload their version",
            e -> {
              conflictDialog.close();
              load(current);
              notify(
                  "Reloaded. Enter your changes again if they are still needed.",
                  NotificationVariant.INFO);
            });
    reload.addThemeVariants(ButtonVariant.PRIMARY);
    reload.setId("conflict-reload");
    var close = new Button("Keep my form open", e -> conflictDialog.close());
    close.setId("conflict-close");
    conflictDialog.getFooter().add(close, reload);
    conflictDialog.open();
  }

  private static Component changeList(String id, List<FieldChange> changes) {
    var list = new UnorderedList();
    list.setId(id);
    if (changes.isEmpty()) {
      list.add(new ListItem("No field changes"));
    }
    for (FieldChange change : changes) {
      list.add(new ListItem(change.describe()));
    }
    return list;
  }

  private void confirmDeactivate() {
    var dialog = new Dialog();
    dialog.setId("deactivate-dialog");
    dialog.setHeaderTitle("Deactivate " + counselor.getFullName() + "?");
    var reason = new Select<CounselorStatus>();
    reason.setLabel("New status");
    reason.setItems(CounselorStatus.INACTIVE, CounselorStatus.RETIRED);
    reason.setItemLabelGenerator(CounselorStatus::label);
    reason.setValue(CounselorStatus.INACTIVE);
    reason.setId("deactivate-status");
    dialog.add(
        new Paragraph(
            "The record stays on file and can be reactivated. It leaves the active roster and callout lists."),
        reason);
    var confirm =
        new Button(
            "Deactivate",
            e -> {
              dialog.close();
              changeStatus(() ->
                  counselors.deactivate(
                      counselor.getId(), counselor.getVersion(), reason.getValue()));
            });
    confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
    confirm.setId("deactivate-confirm");
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
    dialog.open();
  }

  private void reactivate() {
    changeStatus(() -> counselors.reactivate(counselor.getId(), counselor.getVersion()));
  }

  private void changeStatus(java.util.function.Supplier<Counselor> change) {
    try {
      Counselor saved = change.get();
      notify(
          saved.getFullName() + " is now " + saved.getStatus().label().toLowerCase(Locale.US) + ".",
          NotificationVariant.SUCCESS);
      load(saved);
    } catch (CounselorConflictException conflict) {
      binder.writeBeanAsDraft(counselor);
      showConflict(conflict.current(), conflict.changedBy(), conflict.changedAt());
    } catch (NoSuchElementException e) {
      showNotFound();
    }
  }

  private void showHistory() {
    history.removeAll();
    if (counselor.getId() == null) {
      return;
    }
    history.add(new H3("History"));
    List<AuditEvent> events = counselors.history(counselor.getId(), 10);
    var list = new UnorderedList();
    for (AuditEvent event : events) {
      var item = new ListItem();
      item.add(
          new Span(
              WHEN.format(event.getOccurredAt())
                  + " · "
                  + event.getActorName()
                  + " · "
                  + event.getAction().label()));
      for (FieldChange change : event.getChanges()) {
        var line = new Div();
        line.setText(change.describe());
        line.addClassName("history-change");
        item.add(line);
      }
      list.add(item);
    }
    if (events.isEmpty()) {
      list.add(new ListItem("No recorded changes yet."));
    }
    history.add(list);
  }

  private static List<Agency> including(List<Agency> items, java.util.Collection<Agency> extra) {
    var all = new java.util.ArrayList<>(items);
    for (Agency a : extra) {
      if (!all.contains(a)) {
        all.add(a);
      }
    }
    all.sort(java.util.Comparator.comparing(Agency::getName));
    return all;
  }

  private void backToRoster() {
    getUI().ifPresent(ui -> ui.navigate(RosterView.class));
  }

  /**
   * The address of one counselor's record, or of a new one with {@code "new"}. Filled in from the
   * route itself rather than looked up in Vaadin's route registry: the roster calls it for every
   * row of every page it fetches.
   */
  static String url(String id) {
    return ROUTE.replace(":id", id);
  }

  /** "first name is required" → "First name is required". */
  static String sentence(String message) {
    if (message == null || message.isEmpty()) {
      return "";
    }
    return Character.toUpperCase(message.charAt(0)) + message.substring(1);
  }

  private static void notify(String text, NotificationVariant variant) {
    // At the top: on a phone the Save button sticks to the bottom, where a toast would cover it.
    var n = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
    n.addThemeVariants(variant);
  }

  Counselor counselor() {
    return counselor;
  }
}
