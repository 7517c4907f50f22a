package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.alert.ui.AlertBell;
import org.leaps.portal.alert.ui.AlertInboxView;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/** Someone who was offline finds the alert in their inbox, reads it as text and acknowledges it. */
@PortalTest
class AlertInboxViewTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;
  @Autowired AlertService alerts;
  @Autowired AlertTestData data;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void offlineRecipientReadsAndAcknowledgesFromTheInbox() {
    signIn.as(SignIn.DIRECTOR);
    String title = data.unique("Inbox");
    String message = "<img src=x onerror=alert(1)> Meet at the EOC at 0600.";
    var draft =
        new AlertDraft(
            title,
            message,
            Severity.URGENT,
            false,
            Set.of(),
            Set.of(data.agencyId("HATTIESBURG-PD")),
            null,
            true,
            java.time.Instant.now().plus(Duration.ofHours(3)));
    long alertId = alerts.send(draft).alertId();

    signIn.as(SignIn.LIAISON_HATTIESBURG);
    navigate(AlertInboxView.class);
    AlertBell bell = $(AlertBell.class).single();
    // The live push for this alert may come after the page opened: run pushes until it counts.
    var session = com.vaadin.flow.server.VaadinSession.getCurrent();
    await("the bell counts the alert as unread")
        .pollInSameThread()
        .atMost(Duration.ofSeconds(5))
        .until(() -> {
          session.getService().runPendingAccessTasks(session);
          return bell.countsAsUnread(alertId);
        });

    @SuppressWarnings("unchecked")
    Grid<InboxItem> grid = $(Grid.class).id("alert-inbox-grid");
    var gridTester = test(grid);
    assertThat(gridTester.size()).isPositive();
    int row = -1;
    for (int i = 0; i < gridTester.size(); i++) {
      if (gridTester.getRow(i).alertId() == alertId) {
        row = i;
      }
    }
    assertThat(row).as("the new alert is in the inbox").isGreaterThanOrEqualTo(0);
    assertThat(gridTester.getRow(row).status()).isEqualTo("Please acknowledge");
    gridTester.select(row);

    assertThat($(Paragraph.class).id("alert-detail-message").getText()).isEqualTo(message);
    assertThat($(Span.class).id("alert-detail-status").getText()).isEqualTo("Please acknowledge");
    assertThat(bell.countsAsUnread(alertId)).isFalse();

    test($(Button.class).id("alert-detail-ack")).click();
    assertThat($(Span.class).id("alert-detail-status").getText()).isEqualTo("Acknowledged");
    assertThat($(Button.class).withId("alert-detail-ack").all()).isEmpty();
    assertThat(data.delivery(alertId, SignIn.LIAISON_HATTIESBURG).getAcknowledgedAt()).isNotNull();
  }

  @Test
  void someoneElsesAlertIsNotFound() {
    signIn.as(SignIn.DIRECTOR);
    String title = data.unique("Not yours");
    long alertId =
        alerts
            .send(
                data.draft(
                    title,
                    Severity.INFORMATION,
                    Set.of(data.agencyId("HATTIESBURG-PD")),
                    null,
                    true))
            .alertId();
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThat(alerts.open(alertId)).isEmpty();
    assertThat(alerts.acknowledge(alertId)).isFalse();
    navigate(AlertInboxView.class);
    com.vaadin
        .flow
        .component
        .UI
        .getCurrent()
        .navigate(
            "alerts", com.vaadin.flow.router.QueryParameters.of("alert", Long.toString(alertId)));
    assertThat($(Paragraph.class).withText("This alert was not found.").all()).hasSize(1);
  }
}
