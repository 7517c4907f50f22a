package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leaps.portal.alert.ui.AlertBell;
import org.leaps.portal.alert.ui.AlertInboxView;
import org.leaps.portal.alert.ui.AlertTrackingView;
import org.leaps.portal.home.ui.HomeView;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * An expired alert leaves the live and critical flows (no dialog at sign-in, no bell count, no
 * follow-up, no acknowledge button, an open dialog closes when it expires) but stays in the inbox
 * and in the director's tracking history (see docs/decisions/038).
 */
@PortalTest
class AlertExpiryTest extends LivePushTest {

  @Autowired AlertReminderJob lifecycle;

  @Test
  void expiredCriticalAlertLeavesTheLiveFlowsButStaysInTheInboxAndHistory() throws Exception {
    signIn.as(SignIn.DIRECTOR);
    String title = data.unique("Expired critical");
    long alertId =
        alerts
            .send(
                data.draft(
                    title, Severity.CRITICAL, Set.of(data.agencyId("GULFPORT-PD")), null, true))
            .alertId();
    data.expire(alertId);
    // Let this node's poller hand out the (earlier) live signal before the counselor signs in.
    Thread.sleep(1000);

    // The counselor signs in: no blocking dialog, nothing on the bell, nothing to follow up.
    signIn.as(SignIn.COUNSELOR);
    assertThat(alerts.openCriticalAlerts()).extracting(InboxItem::alertId).doesNotContain(alertId);
    navigate(HomeView.class);
    assertThat($(Dialog.class).withId("critical-alert-" + alertId).all()).isEmpty();
    assertThat($(AlertBell.class).single().countsAsUnread(alertId)).isFalse();
    assertThat(alerts.unreadAlertIds()).doesNotContain(alertId);

    // Still in the inbox, readable, no longer asking for acknowledgement.
    InboxItem item =
        alerts.inbox(PageRequest.of(0, 100)).stream()
            .filter(i -> i.alertId() == alertId)
            .findFirst()
            .orElseThrow(() -> new AssertionError("expired alert missing from the inbox"));
    assertThat(item.active()).isFalse();
    assertThat(item.status()).isEqualTo("Unread");
    navigate(AlertInboxView.class);
    com.vaadin
        .flow
        .component
        .UI
        .getCurrent()
        .navigate(
            "alerts", com.vaadin.flow.router.QueryParameters.of("alert", Long.toString(alertId)));
    assertThat($(Paragraph.class).withClassName("alert-meta").all())
        .anySatisfy(p -> assertThat(p.getText()).endsWith("No longer active."));
    assertThat($(Button.class).withId("alert-detail-ack").all()).isEmpty();

    // A liaison has nobody to call about it.
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThat(alerts.activeAlertsInScope()).extracting(AlertSummary::id).doesNotContain(alertId);

    // The director finds it in the tracking history, marked expired.
    signIn.as(SignIn.DIRECTOR);
    assertThat(alerts.activeAlerts()).extracting(AlertSummary::id).doesNotContain(alertId);
    assertThat(alerts.recentlyEndedAlerts(20)).extracting(AlertSummary::id).contains(alertId);
    navigate(AlertTrackingView.class, Map.of("alertId", Long.toString(alertId)));
    assertThat($(Paragraph.class).id("tracking-headline").getText())
        .isEqualTo("0 of " + data.deliveryEmails(alertId).size() + " acknowledged. Expired.");
    @SuppressWarnings("unchecked")
    Select<AlertSummary> picker = $(Select.class).id("tracking-picker");
    assertThat(picker.getValue().id()).isEqualTo(alertId);
    assertThat(picker.getItemLabelGenerator().apply(picker.getValue())).endsWith(", expired)");
    assertThat($(Button.class).withId("tracking-close").all()).isEmpty();
  }

  @Test
  void anOpenCriticalDialogClosesWhenTheAlertExpires() throws Exception {
    signIn.as(SignIn.COUNSELOR);
    navigate(HomeView.class);
    long alertId =
        data.sendAsDirector(data.unique("Expiring critical"), Severity.CRITICAL, "GULFPORT-PD");
    awaitPush(() -> !$(Dialog.class).withId("critical-alert-" + alertId).all().isEmpty());
    Dialog dialog = $(Dialog.class).id("critical-alert-" + alertId);
    assertThat(dialog.isOpened()).isTrue();

    data.expire(alertId);
    lifecycle.announceExpired(Instant.now());
    awaitPush(() -> !dialog.isOpened());
    assertThat(data.alert(alertId).getExpiryNoticedAt()).isNotNull();
    assertThat($(AlertBell.class).single().countsAsUnread(alertId)).isFalse();

    // Announced once, whichever node (or run of the job) got there first.
    lifecycle.announceExpired(Instant.now());
    assertThat(data.eventCount(alertId, AlertActivity.Kind.CLOSED)).isEqualTo(1);
  }
}
