package org.leaps.portal.alert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.leaps.portal.alert.AlertService;
import org.leaps.portal.alert.InboxItem;
import org.leaps.portal.security.Role;

/** Everyone's alerts, newest first, with read and acknowledged state and one-tap acknowledge. */
@Route("alerts")
@PageTitle("Alerts")
@Menu(order = 40, icon = "vaadin:bell", title = "Alerts")
@RolesAllowed({Role.DIRECTOR_NAME, Role.STAFF_NAME, Role.LIAISON_NAME, Role.COUNSELOR_NAME})
@StyleSheet("styles/alerts.css")
public class AlertInboxView extends Main implements BeforeEnterObserver {

  static final String ALERT_PARAMETER = "alert";

  private final AlertService alerts;
  final Grid<InboxItem> grid = new Grid<>();
  final Div detail = new Div();

  AlertInboxView(AlertService alerts) {
    this.alerts = alerts;
    addClassNames("alert-view", "alert-inbox");
    add(new H2("Your alerts"));

    grid.setId("alert-inbox-grid");
    grid.addClassName("alert-inbox-grid");
    grid.addThemeVariants(GridVariant.NO_BORDER);
    grid.setAriaLabel("Your alerts");
    // One compact column: it reads the same on a phone and on a desktop.
    grid.addComponentColumn(AlertInboxView::row).setHeader("Alert").setFlexGrow(1);
    grid.setPartNameGenerator(item -> item.read() || item.acknowledged() ? null : "unread");
    grid.setItemsPageable(pageable -> alerts.inbox(pageable).getContent(), p -> count());
    grid.setEmptyStateText("No alerts yet.");
    grid.asSingleSelect()
        .addValueChangeListener(e -> {
          if (e.getValue() != null) {
            show(e.getValue().alertId());
          }
        });

    detail.setId("alert-detail");
    detail.addClassName("alert-detail");
    detail.setVisible(false);
    add(detail, grid);
  }

  private static Div row(InboxItem item) {
    var title = new Span(item.title());
    title.addClassName("inbox-row-title");
    var top = new Div(AlertFormat.severityBadge(item.severity()), title);
    top.addClassName("inbox-row-top");
    var meta = new Span(AlertFormat.when(item.sentAt()) + " · " + item.status());
    meta.addClassName("inbox-row-meta");
    var row = new Div(top, meta);
    row.addClassName("inbox-row");
    if (!item.read() && !item.acknowledged()) {
      row.addClassName("unread");
    }
    return row;
  }

  private int count() {
    return (int)
        Math.min(
            Integer.MAX_VALUE,
            alerts.inbox(org.springframework.data.domain.PageRequest.of(0, 1)).getTotalElements());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event
        .getLocation()
        .getQueryParameters()
        .getSingleParameter(ALERT_PARAMETER)
        .flatMap(AlertInboxView::parseId)
        .ifPresent(this::show);
  }

  private static java.util.Optional<Long> parseId(String text) {
    try {
      return java.util.Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }

  /** Opens one alert (marking it read) above the list. */
  void show(long alertId) {
    detail.removeAll();
    var item = alerts.open(alertId);
    if (item.isEmpty()) {
      detail.add(new Paragraph("This alert was not found."));
      detail.setVisible(true);
      return;
    }
    InboxItem alert = item.get();
    var heading = new H3(alert.title());
    heading.addClassName("alert-detail-title");
    var message = new Paragraph(alert.message());
    message.addClassName("alert-message");
    message.setId("alert-detail-message");
    var meta =
        new Paragraph(
            "From "
                + alert.senderName()
                + ", "
                + AlertFormat.when(alert.sentAt())
                + (alert.active()
                    ? ". Expires " + AlertFormat.when(alert.expiresAt())
                    : ". No longer active")
                + ".");
    meta.addClassName("alert-meta");
    var status = new Span(alert.status());
    status.setId("alert-detail-status");
    status.addClassName("alert-status");
    detail.add(AlertFormat.severityBadge(alert.severity()), heading, message, meta, status);
    // A closed or expired alert stays readable but no longer asks for acknowledgement.
    if (alert.ackRequired() && alert.active() && !alert.acknowledged()) {
      var ack =
          new Button(
              "Acknowledge",
              VaadinIcon.CHECK.create(),
              e -> {
                alerts.acknowledge(alertId);
                show(alertId);
                grid.getDataProvider().refreshAll();
              });
      ack.setId("alert-detail-ack");
      ack.addThemeVariants(ButtonVariant.PRIMARY);
      detail.add(ack);
    }
    detail.setVisible(true);
    grid.getDataProvider().refreshAll();
    UnreadChangedEvent.fire();
  }
}
