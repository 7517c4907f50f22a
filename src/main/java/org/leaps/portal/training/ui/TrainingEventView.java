package org.leaps.portal.training.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.RosterFilter;
import org.leaps.portal.counselor.RosterRow;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.training.Enrollment;
import org.leaps.portal.training.EnrollmentState;
import org.leaps.portal.training.TrainingEvent;
import org.leaps.portal.training.TrainingInputException;
import org.leaps.portal.training.TrainingService;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * One training event: its seats, enrolling (a liaison their own agency's officers, counselors or
 * not), the enrollment list with the waitlist, and for staff attendance and completion.
 */
@StyleSheet("styles/training.css")
@Route("training/:id")
@PageTitle("Training event")
@RolesAllowed({"DIRECTOR", "STAFF", "LIAISON"})
public class TrainingEventView extends Main implements BeforeEnterObserver {

  private final TrainingService training;
  private final CounselorService roster;
  private final TrainingLive live;
  private final boolean staff;
  private final List<Agency> agenciesInScope;
  private final Map<Long, String> agencyNames;

  final H2 heading = new H2();
  final Paragraph facts = new Paragraph();
  final Span seats = new Span();
  final ComboBox<RosterRow> counselor = new ComboBox<>("Counselor of your agency");
  final Button enrollCounselor = new Button("Enroll", VaadinIcon.PLUS.create());
  final TextField firstName = new TextField("First name");
  final TextField lastName = new TextField("Last name");
  final EmailField email = new EmailField("Email");
  final ComboBox<Agency> agency = new ComboBox<>("Agency");
  final Button enrollOfficer = new Button("Enroll officer", VaadinIcon.PLUS.create());
  final TextField search = new TextField();
  final Grid<Enrollment> grid = new Grid<>(Enrollment.class, false);
  final Div enrollPanel = new Div();
  final Div notFound = new Div();
  private final Div body = new Div();
  private final RouterLink checkInLink = new RouterLink();
  Dialog completeDialog;
  private TrainingEvent event;
  private Registration liveRegistration;

  TrainingEventView(
      TrainingService training,
      CounselorService roster,
      AgencyService agencies,
      CurrentUser currentUser,
      TrainingLive live) {
    this.training = training;
    this.roster = roster;
    this.live = live;
    this.staff = currentUser.require().isStatewide();
    this.agenciesInScope = agencies.agenciesInScope();
    this.agencyNames =
        agencies.allAgencies().stream().collect(Collectors.toMap(Agency::getId, Agency::getName));
    addClassNames("view", "training-event-view");

    var back = new RouterLink("All events", TrainingEventsView.class);
    back.addClassName("back-link");
    heading.setId("event-heading");
    facts.setId("event-facts");
    seats.setId("event-seats");
    seats.addClassName("seat-badge");
    checkInLink.setText("Check-in list");
    checkInLink.setId("to-check-in");
    checkInLink.setVisible(staff);

    counselor.setId("enroll-counselor");
    counselor.setItemLabelGenerator(r -> r.sortName() + " · " + r.agencyName());
    counselor.setItems(query -> {
      String name = query.getFilter().orElse("");
      return roster
          .page(
              RosterFilter.none().withName(name.isBlank() ? null : name),
              PageRequest.of(query.getPage(), query.getPageSize()))
          .stream();
    });
    counselor.setPlaceholder("Type a name");
    enrollCounselor.setId("enroll-counselor-button");
    enrollCounselor.addThemeVariants(ButtonVariant.PRIMARY);
    enrollCounselor.addClickListener(e -> {
      if (counselor.getValue() == null) {
        counselor.setErrorMessage("Counselor: choose someone to enroll");
        counselor.setInvalid(true);
        return;
      }
      long id = counselor.getValue().id();
      if (act(() -> training.enrollCounselor(event.getId(), id), counselor)) {
        counselor.clear();
      }
    });
    var counselorRow = new Div(counselor, enrollCounselor);
    counselorRow.addClassName("enroll-row");

    firstName.setId("officer-first-name");
    lastName.setId("officer-last-name");
    email.setId("officer-email");
    agency.setId("officer-agency");
    agency.setItems(agenciesInScope);
    agency.setItemLabelGenerator(Agency::getName);
    if (agenciesInScope.size() == 1) {
      agency.setValue(agenciesInScope.getFirst());
    }
    enrollOfficer.setId("enroll-officer-button");
    enrollOfficer.addClickListener(e -> {
      if (act(
          () ->
              training.enrollOfficer(
                  event.getId(),
                  firstName.getValue(),
                  lastName.getValue(),
                  email.getValue(),
                  agency.getValue() == null ? null : agency.getValue().getId()),
          email)) {
        firstName.clear();
        lastName.clear();
        email.clear();
      }
    });
    var officerForm = new FormLayout(firstName, lastName, email, agency);
    officerForm.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
    var officer =
        new Details("Officer who is not yet a counselor", new Div(officerForm, enrollOfficer));
    officer.setId("officer-details");
    enrollPanel.add(new H3("Enroll"), counselorRow, officer);
    enrollPanel.addClassName("enroll-panel");

    search.setId("enrollment-search");
    search.setPlaceholder("Search enrolled by name or email");
    search.setAriaLabel("Search enrollments");
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

    grid.setId("enrollment-grid");
    grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
    grid.addColumn(new ComponentRenderer<>(this::person)).setHeader("Officer").setFlexGrow(1);
    grid.addColumn(new ComponentRenderer<>(this::standing))
        .setHeader("Status")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(new ComponentRenderer<>(this::actions))
        .setHeader("Actions")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItemsPageable(
        pageable -> training.enrollments(event.getId(), search.getValue(), pageable),
        pageable -> training.countEnrollments(event.getId(), search.getValue()));
    grid.setEmptyStateText("Nobody you can see is enrolled yet.");

    notFound.setId("not-found");
    notFound.add(
        new H2("Event not found"), new Paragraph("There is no training event with this number."));
    notFound.setVisible(false);
    var header = new Div(heading, seats);
    header.addClassName("event-header");
    body.add(header, facts, checkInLink, enrollPanel, new H3("Enrolled and waiting"), search, grid);
    add(back, body, notFound);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent e) {
    try {
      long id = Long.parseLong(e.getRouteParameters().get("id").orElse(""));
      training.find(id).ifPresentOrElse(this::show, this::showNotFound);
    } catch (NumberFormatException notANumber) {
      showNotFound();
    }
  }

  private void showNotFound() {
    body.setVisible(false);
    notFound.setVisible(true);
  }

  private void show(TrainingEvent loaded) {
    this.event = loaded;
    heading.setText(loaded.getTitle());
    facts.setText(
        loaded.getKind().label()
            + " · "
            + TrainingFormat.dates(loaded)
            + " · "
            + loaded.getPlace()
            + " · "
            + loaded.getCreditHours()
            + " credit hours");
    checkInLink.setRoute(
        CheckInView.class, new RouteParameters("id", String.valueOf(loaded.getId())));
    enrollPanel.setVisible(!loaded.getEndsOn().isBefore(training.today()));
    refresh();
  }

  void refresh() {
    var s = training.seats(event.getId());
    seats.setText(
        s.enrolled()
            + " of "
            + s.capacity()
            + " seats taken"
            + (s.waitlisted() > 0 ? " · " + s.waitlisted() + " on the waitlist" : ""));
    grid.getDataProvider().refreshAll();
  }

  private Div person(Enrollment e) {
    var name = new Span(e.getLastName() + ", " + e.getFirstName());
    name.addClassName("enrollee-name");
    var agencyName = new Span(agencyNames.getOrDefault(e.getAgencyId(), ""));
    agencyName.addClassName("enrollee-meta");
    var kind = new Span(e.getCounselorId() == null ? "not yet a counselor" : "counselor");
    kind.addClassName("enrollee-meta");
    var cell = new Div(name, agencyName, kind);
    cell.addClassName("enrollee-cell");
    return cell;
  }

  private Div standing(Enrollment e) {
    var state = new Span(e.getState().label());
    state.addClassName("enrollment-state");
    state.getElement().setAttribute("data-state", e.getState().name());
    var cell = new Div(state);
    if (e.isAttended()) {
      cell.add(new Span("Attended"));
    }
    if (e.getCompletedOn() != null) {
      cell.add(new Span("Completed " + TrainingFormat.day(e.getCompletedOn())));
    }
    cell.addClassName("enrollment-standing");
    return cell;
  }

  private Div actions(Enrollment e) {
    var cell = new Div();
    cell.addClassName("enrollment-actions");
    String who = e.getFirstName() + " " + e.getLastName();
    if (staff && e.getState() == EnrollmentState.ENROLLED && e.getCompletedOn() == null) {
      if (!e.isAttended()) {
        var attended = new Button("Attended", ev -> act(() -> training.checkIn(e.getId()), null));
        attended.setAriaLabel("Record attendance of " + who);
        attended.addClassName("attended-button");
        cell.add(attended);
      } else {
        var complete = new Button("Complete", ev -> openComplete(e));
        complete.setAriaLabel("Record completion of " + who);
        complete.addThemeVariants(ButtonVariant.PRIMARY);
        complete.addClassName("complete-button");
        cell.add(complete);
      }
    }
    if (e.getState() != EnrollmentState.WITHDRAWN && e.getCompletedOn() == null) {
      var withdraw = new Button("Withdraw", ev -> act(() -> training.withdraw(e.getId()), null));
      withdraw.setAriaLabel("Withdraw " + who);
      withdraw.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
      withdraw.addClassName("withdraw-button");
      cell.add(withdraw);
    }
    return cell;
  }

  void openComplete(Enrollment e) {
    completeDialog = new Dialog();
    completeDialog.setId("complete-dialog");
    completeDialog.setHeaderTitle("Completion of " + e.getFirstName() + " " + e.getLastName());
    var date = new DatePicker("Completion date");
    date.setId("completion-date");
    LocalDate today = training.today();
    date.setValue(event.getEndsOn().isAfter(today) ? today : event.getEndsOn());
    date.setMax(today);
    var save = new Button("Record completion");
    save.setId("completion-save");
    save.addThemeVariants(ButtonVariant.PRIMARY);
    save.addClickListener(ev -> {
      if (act(() -> training.complete(e.getId(), date.getValue()), date)) {
        completeDialog.close();
      }
    });
    completeDialog.add(
        new Paragraph(
            "Writes "
                + event.getCreditHours()
                + " hours to the training log. The counselor record's training facts follow."),
        date);
    completeDialog.getFooter().add(new Button("Cancel", ev -> completeDialog.close()), save);
    completeDialog.open();
  }

  /** Runs a change; a refusal is shown on the field (if given) and in a notification. */
  private boolean act(Supplier<?> change, com.vaadin.flow.component.HasValidation field) {
    try {
      Object result = change.get();
      if (result instanceof Enrollment en) {
        notify(
            en.getFullName() + ": " + en.getState().label().toLowerCase(),
            NotificationVariant.SUCCESS);
      } else if (result instanceof TrainingService.CheckIn c) {
        notify(
            c.outcome() == TrainingService.CheckIn.Outcome.CHECKED_IN
                ? c.name() + ": attendance recorded"
                : c.name() + " was already checked in by " + c.by(),
            NotificationVariant.SUCCESS);
      } else {
        notify("Saved.", NotificationVariant.SUCCESS);
      }
      if (field != null) {
        field.setInvalid(false);
      }
      refresh();
      return true;
    } catch (TrainingInputException | AccessDeniedException | NoSuchElementException refused) {
      if (field != null) {
        field.setErrorMessage(refused.getMessage());
        field.setInvalid(true);
      }
      notify(refused.getMessage(), NotificationVariant.ERROR);
      return false;
    }
  }

  private static void notify(String text, NotificationVariant variant) {
    Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    liveRegistration =
        live.onChangesOf(
            attachEvent.getUI(), () -> event == null ? -1 : event.getId(), this::refresh);
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    if (liveRegistration != null) {
      liveRegistration.remove();
    }
    super.onDetach(detachEvent);
  }

  TrainingEvent event() {
    return event;
  }
}
