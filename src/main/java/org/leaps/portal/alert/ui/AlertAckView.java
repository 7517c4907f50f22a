package org.leaps.portal.alert.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.leaps.portal.alert.AlertService;
import org.leaps.portal.alert.AlertService.TokenResult;
import org.leaps.portal.security.Role;

/**
 * Where the email link lands. The route needs sign-in like every other; the token must be genuine,
 * unused and belong to the signed-in person.
 */
@Route("alerts/ack/:token")
@PageTitle("Acknowledge alert")
@RolesAllowed({Role.DIRECTOR_NAME, Role.STAFF_NAME, Role.LIAISON_NAME, Role.COUNSELOR_NAME})
@StyleSheet("styles/alerts.css")
public class AlertAckView extends Main implements BeforeEnterObserver {

  private final AlertService alerts;
  final Paragraph result = new Paragraph();

  AlertAckView(AlertService alerts) {
    this.alerts = alerts;
    addClassNames("alert-view", "alert-ack");
    result.setId("alert-ack-result");
    add(
        new H2("Acknowledge alert"),
        result,
        new RouterLink("Go to your alerts", AlertInboxView.class));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String token = event.getRouteParameters().get("token").orElse("");
    TokenResult outcome = alerts.acknowledgeByToken(token);
    result.setText(
        switch (outcome.outcome()) {
          case ACKNOWLEDGED -> "Thank you. You have acknowledged “" + outcome.alertTitle() + "”.";
          case ALREADY_USED ->
              "This link has already been used. “"
                  + outcome.alertTitle()
                  + "” is acknowledged; see your alerts.";
          case NOT_YOURS ->
              "This link was sent to someone else. Sign in as that person, or acknowledge your own"
                  + " alerts in your inbox.";
          case INVALID -> "This link is not valid. Acknowledge the alert in your inbox instead.";
        });
    UnreadChangedEvent.fire();
  }
}
