package org.leaps.portal.training.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
import java.util.Map;
import java.util.stream.Collectors;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.training.Enrollment;
import org.leaps.portal.training.TrainingEvent;
import org.leaps.portal.training.TrainingInputException;
import org.leaps.portal.training.TrainingService;
import org.leaps.portal.training.TrainingService.CheckIn;

/**
 * The check-in desk of a conference or course, made for a phone: search by name or email, one big
 * button per person. Two staff can work the same list: the database claims each check-in, and each
 * desk sees the other's check-ins as they happen.
 */
@StyleSheet("styles/training.css")
@Route("training/:id/check-in")
@PageTitle("Check-in")
@RolesAllowed({"DIRECTOR", "STAFF"})
public class CheckInView extends Main implements BeforeEnterObserver {

  private final TrainingService training;
  private final TrainingLive live;
  private final Map<Long, String> agencyNames;
  final H2 heading = new H2();
  final Span progress = new Span();
  final TextField search = new TextField();
  final Grid<Enrollment> grid = new Grid<>(Enrollment.class, false);
  private final RouterLink back = new RouterLink();
  private TrainingEvent event;
  private Registration liveRegistration;

  CheckInView(TrainingService training, AgencyService agencies, TrainingLive live) {
    this.training = training;
    this.live = live;
    this.agencyNames =
        agencies.allAgencies().stream().collect(Collectors.toMap(Agency::getId, Agency::getName));
    addClassNames("view", "check-in-view");
    heading.setId("check-in-heading");
    progress.setId("check-in-progress");
    progress.addClassName("seat-badge");
    search.setId("check-in-search");
    search.setPlaceholder("Last name, first name or email");
    search.setAriaLabel("Search attendees");
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setValueChangeTimeout(250);
    search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    grid.setId("check-in-grid");
    grid.addThemeVariants(
        GridVariant.NO_BORDER, GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
    grid.addColumn(new ComponentRenderer<>(this::row)).setHeader("Attendee");
    grid.setItemsPageable(
        pageable -> training.checkInList(event.getId(), search.getValue(), pageable),
        pageable -> training.countCheckInList(event.getId(), search.getValue()));
    grid.setEmptyStateText("Nobody enrolled matches.");
    back.setText("Event");
    back.addClassName("back-link");
    add(back, heading, progress, search, grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent e) {
    try {
      long id = Long.parseLong(e.getRouteParameters().get("id").orElse(""));
      event = training.find(id).orElse(null);
    } catch (NumberFormatException notANumber) {
      event = null;
    }
    if (event == null) {
      e.rerouteTo(TrainingEventsView.class);
      return;
    }
    heading.setText("Check-in: " + event.getTitle());
    back.setRoute(
        TrainingEventView.class, new RouteParameters("id", String.valueOf(event.getId())));
    refresh();
  }

  void refresh() {
    var seats = training.seats(event.getId());
    progress.setText(seats.checkedIn() + " of " + seats.enrolled() + " checked in");
    grid.getDataProvider().refreshAll();
  }

  private Div row(Enrollment e) {
    var name = new Span(e.getLastName() + ", " + e.getFirstName());
    name.addClassName("attendee-name");
    var agency = new Span(agencyNames.getOrDefault(e.getAgencyId(), ""));
    agency.addClassName("attendee-meta");
    var who = new Div(name, agency);
    who.addClassName("attendee-who");
    var cell = new Div(who);
    cell.addClassName("attendee-row");
    if (e.isAttended()) {
      var done =
          new Span(
              "Checked in "
                  + TrainingFormat.TIME.format(e.getCheckedInAt())
                  + (e.getCheckedInBy() == null ? "" : " by " + e.getCheckedInBy()));
      done.addClassName("checked-in");
      cell.add(done);
    } else {
      var button = new Button("Check in", ev -> checkIn(e));
      button.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
      button.setAriaLabel("Check in " + e.getFirstName() + " " + e.getLastName());
      button.addClassName("check-in-button");
      cell.add(button);
    }
    return cell;
  }

  void checkIn(Enrollment e) {
    try {
      CheckIn result = training.checkIn(e.getId());
      switch (result.outcome()) {
        case CHECKED_IN -> notify(result.name() + " checked in.", NotificationVariant.SUCCESS);
        case ALREADY_CHECKED_IN ->
            notify(
                result.name()
                    + " was already checked in by "
                    + result.by()
                    + " at "
                    + TrainingFormat.TIME.format(result.at())
                    + ".",
                NotificationVariant.WARNING);
        case NOT_ENROLLED -> notify(result.name() + " is not enrolled.", NotificationVariant.ERROR);
      }
    } catch (TrainingInputException refused) {
      notify(refused.getMessage(), NotificationVariant.ERROR);
    }
    refresh();
    search.focus();
  }

  private static void notify(String text, NotificationVariant variant) {
    Notification.show(text, 4000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    search.focus();
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
}
