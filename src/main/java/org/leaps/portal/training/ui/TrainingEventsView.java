package org.leaps.portal.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.training.EventDraft;
import org.leaps.portal.training.EventKind;
import org.leaps.portal.training.TrainingEvent;
import org.leaps.portal.training.TrainingInputException;
import org.leaps.portal.training.TrainingService;

/**
 * Training events, paged from the database: the director and staff create them; liaisons open one
 * to enroll their officers.
 */
@StyleSheet("styles/training.css")
@Route("training")
@PageTitle("Training")
@Menu(order = 40, icon = "vaadin:academy-cap", title = "Training")
@RolesAllowed({"DIRECTOR", "STAFF", "LIAISON"})
public class TrainingEventsView extends Main {

  private final TrainingService training;
  final ComboBox<EventKind> kind = new ComboBox<>("Kind");
  final Checkbox upcoming = new Checkbox("Upcoming only", true);
  final Grid<TrainingEvent> grid = new Grid<>(TrainingEvent.class, false);
  final Button newEvent = new Button("New event", VaadinIcon.PLUS.create());
  EventDialog dialog;

  TrainingEventsView(TrainingService training, CurrentUser currentUser) {
    this.training = training;
    addClassNames("view", "training-view");
    kind.setItems(EventKind.values());
    kind.setItemLabelGenerator(EventKind::label);
    kind.setClearButtonVisible(true);
    kind.setId("event-kind-filter");
    upcoming.setId("upcoming-only");
    kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    upcoming.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

    newEvent.setId("new-event");
    newEvent.addThemeVariants(ButtonVariant.PRIMARY);
    newEvent.addClickListener(e -> openDialog());
    newEvent.setVisible(currentUser.require().isStatewide());
    var current = new RouterLink("Current and expiring", CertificationView.class);
    current.setId("to-current");
    var filters = new Div(kind, upcoming, newEvent, current);
    filters.addClassName("training-filters");

    grid.setId("events-grid");
    grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
    grid.addColumn(new ComponentRenderer<>(this::summary)).setHeader("Event").setFlexGrow(1);
    grid.addColumn(e -> e.getCreditHours() + " h")
        .setHeader("Credit")
        .setAutoWidth(true)
        .setFlexGrow(0)
        .setKey("credit");
    grid.setItemsPageable(
        pageable -> training.page(kind.getValue(), upcoming.getValue(), pageable),
        pageable -> training.count(kind.getValue(), upcoming.getValue()));
    grid.setEmptyStateText("No events for these filters.");
    grid.addItemClickListener(e -> open(e.getItem()));
    add(
        new H2("Training and conferences"),
        new Paragraph(
            "Courses and conferences with their seats. Open one to enroll officers or, for"
                + " staff, to record attendance and completions."),
        filters,
        grid);
  }

  private Div summary(TrainingEvent e) {
    var title = new Span(e.getTitle());
    title.addClassName("event-title");
    var when = new Span(TrainingFormat.dates(e));
    when.addClassName("event-dates");
    var meta = new Span(e.getKind().label() + " · " + e.getPlace());
    meta.addClassName("event-meta");
    var seats = training.seats(e.getId());
    var seat =
        new Span(
            seats.enrolled()
                + " of "
                + seats.capacity()
                + " seats taken"
                + (seats.waitlisted() > 0 ? " · " + seats.waitlisted() + " waiting" : ""));
    seat.addClassName("event-seats");
    var cell = new Div(title, when, meta, seat);
    cell.addClassName("event-cell");
    return cell;
  }

  private void open(TrainingEvent event) {
    getUI()
        .ifPresent(ui ->
            ui.navigate(
                TrainingEventView.class,
                new RouteParameters(Map.of("id", String.valueOf(event.getId())))));
  }

  private void openDialog() {
    dialog = new EventDialog();
    dialog.open();
  }

  /** The new-event form; a refused field is marked and named. */
  class EventDialog extends Dialog {
    final ComboBox<EventKind> eventKind = new ComboBox<>("Kind");
    final TextField title = new TextField("Title");
    final DatePicker startsOn = new DatePicker("Starts");
    final DatePicker endsOn = new DatePicker("Ends");
    final TextField place = new TextField("Place");
    final IntegerField capacity = new IntegerField("Seats");
    final IntegerField creditHours = new IntegerField("Credit hours");
    final Button save = new Button("Create event");

    EventDialog() {
      setHeaderTitle("New training event");
      setId("event-dialog");
      eventKind.setItems(EventKind.values());
      eventKind.setItemLabelGenerator(EventKind::label);
      eventKind.addValueChangeListener(e -> {
        if (e.getValue() == EventKind.BASIC_COURSE) {
          creditHours.setValue(32);
        }
      });
      eventKind.setId("event-kind");
      title.setId("event-title");
      startsOn.setId("event-starts");
      endsOn.setId("event-ends");
      place.setId("event-place");
      capacity.setId("event-capacity");
      creditHours.setId("event-credit");
      title.setMaxLength(150);
      place.setMaxLength(150);
      capacity.setMin(1);
      creditHours.setMin(0);
      startsOn.addValueChangeListener(e -> {
        if (endsOn.isEmpty()) {
          endsOn.setValue(e.getValue());
        }
      });
      var form = new FormLayout(eventKind, title, startsOn, endsOn, place, capacity, creditHours);
      form.setResponsiveSteps(
          new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
      add(form);
      save.setId("event-save");
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(e -> save());
      getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void save() {
      var draft =
          new EventDraft(
              eventKind.getValue(),
              title.getValue(),
              startsOn.getValue(),
              endsOn.getValue(),
              place.getValue(),
              capacity.getValue(),
              creditHours.getValue());
      try {
        TrainingEvent saved = training.create(draft);
        close();
        grid.getDataProvider().refreshAll();
        Notification.show(saved.getTitle() + " created.", 4000, Notification.Position.BOTTOM_START)
            .addThemeVariants(NotificationVariant.SUCCESS);
      } catch (TrainingInputException refused) {
        mark(refused);
      }
    }

    private void mark(TrainingInputException refused) {
      java.util.List<com.vaadin.flow.component.HasValidation> fields =
          java.util.List.of(eventKind, title, startsOn, endsOn, place, capacity, creditHours);
      fields.forEach(f -> f.setInvalid(false));
      com.vaadin.flow.component.HasValidation target =
          switch (refused.field()) {
            case "kind" -> eventKind;
            case "title" -> title;
            case "startsOn" -> startsOn;
            case "endsOn" -> endsOn;
            case "place" -> place;
            case "capacity" -> capacity;
            default -> creditHours;
          };
      target.setErrorMessage(refused.getMessage());
      target.setInvalid(true);
    }
  }
}
