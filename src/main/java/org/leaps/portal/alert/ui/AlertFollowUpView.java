package org.leaps.portal.alert.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.leaps.portal.alert.AlertLiveHub;
import org.leaps.portal.alert.AlertService;
import org.leaps.portal.alert.AlertService.FollowUp;
import org.leaps.portal.alert.AlertSignal;
import org.leaps.portal.alert.AlertSummary;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.Role;
import org.leaps.portal.security.RunAs;

/**
 * A liaison's list of people in their own agency who have not acknowledged an active alert, with
 * phone numbers to call them. The query is limited to the liaison's agencies.
 */
@Route("alerts/follow-up")
@PageTitle("Alert follow-up")
@Menu(order = 43, icon = "vaadin:phone", title = "Alert follow-up")
@RolesAllowed({Role.LIAISON_NAME, Role.DIRECTOR_NAME, Role.STAFF_NAME})
@StyleSheet("styles/alerts.css")
public class AlertFollowUpView extends Main {

  private final AlertService alerts;
  private final AlertLiveHub hub;
  final Select<AlertSummary> picker = new Select<>();
  static final int WHOLE_LIST_AT_MOST = 50;

  final Grid<FollowUp> grid = new Grid<>();
  final Paragraph summary = new Paragraph();
  private final LiveRefresh liveRefresh;
  private Registration registration;
  private RunAs secured;
  // The director and staff have no agency: the texts speak of everyone instead.
  private final boolean statewide;

  AlertFollowUpView(
      AlertService alerts,
      AlertLiveHub hub,
      CurrentUser currentUser,
      org.springframework.scheduling.TaskScheduler scheduler) {
    this.liveRefresh = new LiveRefresh(scheduler, this::refresh);
    this.alerts = alerts;
    this.hub = hub;
    this.statewide = currentUser.require().isStatewide();
    addClassNames("alert-view", "alert-follow-up");
    add(new H2("Who still has to acknowledge"));

    List<AlertSummary> active =
        alerts.activeAlertsInScope().stream().filter(AlertSummary::ackRequired).toList();
    picker.setId("follow-up-picker");
    picker.setLabel("Active alert");
    picker.addClassName("alert-picker");
    picker.setItems(active);
    picker.setItemLabelGenerator(
        a -> a == null ? "" : a.title() + " (" + AlertFormat.when(a.sentAt()) + ")");
    picker.addValueChangeListener(e -> refresh());

    summary.setId("follow-up-summary");
    summary.getElement().setAttribute("aria-live", "polite");
    grid.setId("follow-up-grid");
    grid.setAriaLabel("People who have not acknowledged");
    grid.addThemeVariants(GridVariant.NO_BORDER);
    grid.addComponentColumn(AlertFollowUpView::row).setHeader("Person").setFlexGrow(1);
    grid.setEmptyStateText("Everyone has acknowledged.");

    if (active.isEmpty()) {
      var none =
          new Paragraph(
              statewide
                  ? "No active alert asks for acknowledgement."
                  : "No active alert asks your agency for acknowledgement.");
      none.setId("follow-up-none");
      add(none);
      return;
    }
    add(picker, summary, grid);
    picker.setValue(active.getFirst());
  }

  private static Div row(FollowUp person) {
    var name = new Span(person.name());
    name.addClassName("follow-up-name");
    var row = new Div(name);
    row.addClassName("follow-up-row");
    var phones = new Div();
    phones.addClassName("follow-up-phones");
    addPhone(phones, "Mobile", person.mobilePhone());
    addPhone(phones, "Work", person.workPhone());
    if (phones.getComponentCount() == 0) {
      phones.add(new Span("No phone on file"));
    }
    row.add(phones);
    var meta =
        new Span(
            (person.agencyName() == null ? "" : person.agencyName() + " · ")
                + (person.reached() ? "Reached, not acknowledged" : "Not reached yet"));
    meta.addClassName("follow-up-meta");
    row.add(meta);
    return row;
  }

  private static void addPhone(Div phones, String label, String number) {
    if (number == null || number.isBlank()) {
      return;
    }
    var link = new Anchor("tel:" + number.replaceAll("[^0-9+]", ""), label + " " + number);
    link.addClassName("follow-up-phone");
    phones.add(link);
  }

  void refresh() {
    if (secured != null) {
      secured.run(this::load);
    } else {
      load();
    }
  }

  private void load() {
    AlertSummary alert = picker.getValue();
    if (alert == null) {
      return;
    }
    grid.setItemsPageable(
        pageable -> alerts.notAcknowledged(alert.id(), pageable).getContent(),
        pageable -> count(alert.id()));
    long open = count(alert.id());
    // Short lists show whole in the page; a long one gets a page-high box that pages lazily.
    boolean wholeList = open <= WHOLE_LIST_AT_MOST;
    grid.setAllRowsVisible(wholeList);
    grid.setHeight(wholeList ? null : "70vh");
    summary.setText(
        open == 0
            ? (statewide
                ? "Everyone has acknowledged."
                : "Everyone in your agency has acknowledged.")
            : String.format(
                "%,d %s not acknowledged yet.", open, open == 1 ? "person has" : "people have"));
  }

  private int count(long alertId) {
    return (int)
        alerts
            .notAcknowledged(alertId, org.springframework.data.domain.PageRequest.of(0, 1))
            .getTotalElements();
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
              AlertSummary alert = picker.getValue();
              if (alert != null
                  && signal.alertId() == alert.id()
                  && signal instanceof AlertSignal.Acknowledged) {
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
}
