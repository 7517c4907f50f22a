package org.leaps.portal.alert.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.leaps.portal.alert.AlertLiveHub;
import org.leaps.portal.alert.AlertService;
import org.leaps.portal.alert.AlertSignal;
import org.leaps.portal.alert.AlertSummary;
import org.leaps.portal.alert.Tracking;
import org.leaps.portal.base.ui.FigureTile;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.Role;
import org.leaps.portal.security.RunAs;

/**
 * The director's live view of an alert: acknowledged / reached / not yet, per region and per
 * agency, updating as acknowledgements arrive on any node; how many reminder rounds went out and
 * when the next is due. The director can close the alert. Recently ended (closed or expired) alerts
 * stay in the picker as history.
 */
@Route("alerts/tracking/:alertId?")
@PageTitle("Alert tracking")
@Menu(order = 42, icon = "vaadin:check-square-o", title = "Alert tracking")
@RolesAllowed({Role.DIRECTOR_NAME, Role.STAFF_NAME})
@StyleSheet("styles/alerts.css")
public class AlertTrackingView extends Main implements BeforeEnterObserver {

  static final String ALERT_ID = "alertId";

  /** How many ended alerts the picker offers besides the active ones. */
  static final int HISTORY = 20;

  private final AlertService alerts;
  private final AlertLiveHub hub;
  private final boolean director;

  final Select<AlertSummary> picker = new Select<>();
  final Paragraph headline = new Paragraph();
  final ProgressBar progress = new ProgressBar();
  final Div figures = new Div();
  final Paragraph reminders = new Paragraph();
  final Grid<Tracking.Row> byRegion = rowGrid("By region", "tracking-by-region");
  final Grid<Tracking.Row> byAgency = rowGrid("By agency", "tracking-by-agency");
  final Button closeButton = new Button("Close alert");
  private final Div body = new Div();
  private final LiveRefresh liveRefresh;

  private Long alertId;
  private Registration registration;
  private RunAs secured;

  AlertTrackingView(
      AlertService alerts,
      AlertLiveHub hub,
      CurrentUser currentUser,
      org.springframework.scheduling.TaskScheduler scheduler) {
    this.liveRefresh = new LiveRefresh(scheduler, this::refresh);
    this.alerts = alerts;
    this.hub = hub;
    this.director = currentUser.require().has(Role.DIRECTOR);
    addClassNames("alert-view", "alert-tracking");
    add(new H2("Alert tracking"));

    picker.setId("tracking-picker");
    picker.setLabel("Alert");
    picker.addClassName("alert-picker");
    picker.setItemLabelGenerator(AlertTrackingView::pickerLabel);
    picker.setEmptySelectionAllowed(false);
    picker.addValueChangeListener(e -> {
      if (e.isFromClient() && e.getValue() != null) {
        getUI()
            .ifPresent(ui ->
                ui.navigate(
                    AlertTrackingView.class,
                    new RouteParameters(ALERT_ID, Long.toString(e.getValue().id()))));
      }
    });

    headline.setId("tracking-headline");
    headline.addClassName("tracking-headline");
    headline.getElement().setAttribute("aria-live", "polite");
    progress.setId("tracking-progress");
    progress.getElement().setAttribute("aria-label", "Share acknowledged");
    figures.setId("tracking-figures");
    figures.addClassName("tiles");
    reminders.setId("tracking-reminders");
    reminders.addClassName("tracking-reminders");

    closeButton.setId("tracking-close");
    closeButton.addThemeVariants(ButtonVariant.ERROR);
    closeButton.addClickListener(e -> confirmClose());
    closeButton.setVisible(false);

    var regionSection = new Div(new H3("By region"), byRegion);
    var agencySection = new Div(new H3("By agency"), byAgency);
    regionSection.addClassName("tracking-section");
    agencySection.addClassName("tracking-section");
    body.add(headline, progress, figures, reminders, closeButton, regionSection, agencySection);
    body.setVisible(false);
    add(picker, body);
  }

  private static Grid<Tracking.Row> rowGrid(String label, String id) {
    var grid = new Grid<Tracking.Row>();
    grid.setId(id);
    grid.setAriaLabel(label);
    grid.addThemeVariants(GridVariant.NO_BORDER);
    grid.addColumn(Tracking.Row::name)
        .setHeader(
            label.replace("By ", "").substring(0, 1).toUpperCase()
                + label.replace("By ", "").substring(1))
        .setFlexGrow(1);
    grid.addColumn(Tracking.Row::acknowledged)
        .setHeader("Acknowledged")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(Tracking.Row::reached).setHeader("Reached").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(Tracking.Row::notYet).setHeader("Not yet").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(Tracking.Row::total).setHeader("Total").setAutoWidth(true).setFlexGrow(0);
    grid.setAllRowsVisible(true);
    return grid;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    List<AlertSummary> active = new ArrayList<>(alerts.activeAlerts());
    alertId =
        event
            .getRouteParameters()
            .getLong(ALERT_ID)
            .orElse(active.isEmpty() ? null : active.getFirst().id());
    refresh();
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    secured = RunAs.currentPerson();
    // The UI, not the event: a signal queued just before the person left this view runs after
    // detach, when the event can no longer name its UI.
    UI ui = attachEvent.getUI();
    registration =
        hub.register(
            ui,
            signal -> {
              if (alertId != null
                  && signal.alertId() == alertId
                  && !(signal instanceof AlertSignal.Sent)) {
                liveRefresh.request(ui);
              }
            });
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    if (registration != null) {
      registration.remove();
    }
  }

  void refresh() {
    if (secured != null) {
      secured.run(this::load);
    } else {
      load();
    }
  }

  private static String pickerLabel(AlertSummary a) {
    if (a == null) {
      return "";
    }
    String ended =
        a.closedAt() != null
            ? ", closed"
            : !a.expiresAt().isAfter(java.time.Instant.now()) ? ", expired" : "";
    return a.title() + " (" + AlertFormat.when(a.sentAt()) + ended + ")";
  }

  /** Active alerts first, then the most recently ended ones. */
  private List<AlertSummary> pickerItems() {
    List<AlertSummary> items = new ArrayList<>(alerts.activeAlerts());
    items.addAll(alerts.recentlyEndedAlerts(HISTORY));
    return items;
  }

  private void load() {
    List<AlertSummary> choices = pickerItems();
    if (alertId == null) {
      picker.setItems(choices);
      picker.setVisible(!choices.isEmpty());
      body.setVisible(true);
      body.removeAll();
      var none = new Paragraph("There is no active alert.");
      none.setId("tracking-none");
      body.add(none);
      return;
    }
    var tracking = alerts.tracking(alertId);
    if (tracking.isEmpty()) {
      body.setVisible(true);
      body.removeAll();
      body.add(new Paragraph("This alert was not found."));
      return;
    }
    Tracking t = tracking.get();
    if (choices.stream().noneMatch(a -> a.id() == t.alert().id())) {
      choices.addFirst(t.alert());
    }
    if (!Objects.equals(picker.getValue(), t.alert())) {
      picker.setItems(choices);
      picker.setValue(t.alert());
    }
    long total = t.total();
    long acknowledged = t.acknowledged();
    long reached = t.byRegion().stream().mapToLong(Tracking.Row::reached).sum();
    long notYet = t.byRegion().stream().mapToLong(Tracking.Row::notYet).sum();
    String state =
        t.active()
            ? ""
            : t.alert().closedAt() != null
                ? " Closed " + AlertFormat.when(t.alert().closedAt()) + "."
                : " Expired.";
    headline.setText(
        String.format(
            "%,d of %,d acknowledged.%s%s",
            acknowledged,
            total,
            t.alert().ackRequired() ? "" : " Acknowledgement was not required.",
            state));
    progress.setValue(total == 0 ? 0 : (double) acknowledged / total);
    figures.removeAll();
    figures.add(
        new FigureTile("tracking-acknowledged", "Acknowledged", acknowledged),
        new FigureTile("tracking-reached", "Reached, not yet acknowledged", reached),
        new FigureTile("tracking-not-yet", "Not reached yet", notYet));
    reminders.setText(reminderText(t));
    reminders.setVisible(t.alert().ackRequired());
    byRegion.setItems(t.byRegion());
    byAgency.setItems(t.byAgency());
    closeButton.setVisible(director && t.active());
    body.setVisible(true);
  }

  /** One sentence on reminder rounds: how many went out, the last, and when the next is due. */
  static String reminderText(Tracking t) {
    Tracking.Reminders r = t.reminders();
    if (r.max() == 0 && r.sent() == 0) {
      return "Reminders are turned off.";
    }
    String sent =
        r.sent() == 0
            ? "No reminder sent yet."
            : String.format(
                "%d of %d %s sent, the last %s.",
                r.sent(),
                Math.max(r.max(), r.sent()),
                Math.max(r.max(), r.sent()) == 1 ? "reminder" : "reminders",
                AlertFormat.when(r.last()));
    if (r.nextDue() != null) {
      long open = t.total() - t.acknowledged();
      return String.format(
          "%s Next due %s, to the %,d %s not acknowledged.",
          sent,
          AlertFormat.when(r.nextDue()),
          open,
          open == 1 ? "person who has" : "people who have");
    }
    String why;
    if (r.sent() >= r.max()) {
      why = "All reminders sent.";
    } else if (!t.active()) {
      why = "No further reminder: the alert has ended.";
    } else if (t.acknowledged() >= t.total()) {
      why = "No further reminder: everyone has acknowledged.";
    } else {
      why = "No further reminder: the alert expires first.";
    }
    return sent + " " + why;
  }

  private void confirmClose() {
    var dialog = new Dialog();
    dialog.setId("tracking-close-confirm");
    dialog.setHeaderTitle("Close this alert?");
    dialog.add(
        new Paragraph(
            "People can still read it in their inbox; it no longer asks for acknowledgement."));
    var cancel = new Button("Cancel", e -> dialog.close());
    var close =
        new Button(
            "Close alert",
            e -> {
              alerts.close(alertId);
              dialog.close();
              refresh();
            });
    close.setId("tracking-close-confirm-button");
    close.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
    dialog.getFooter().add(cancel, close);
    dialog.open();
  }
}
