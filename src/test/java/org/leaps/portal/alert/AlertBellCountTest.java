package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.leaps.portal.alert.ui.AlertBell;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bell counts what is unread. A counselor has the portal open; an alert reaches them, but they
 * read it in another tab (or acknowledge it through the email link) before this node has pushed it
 * to this page. When the push arrives, the bell must not count it, and must not ask again.
 *
 * <p>"Before the push arrives" is made certain by holding this node's live feed (each batch it
 * pushes is synchronized on itself) while the alert is sent and read.
 */
@PortalTest
class AlertBellCountTest extends LivePushTest {

  @Autowired AlertLiveFeed feed;

  private long sendAsDirector(Severity severity, boolean ackRequired) {
    return sendAsDirector(
        data.unique("Count " + severity.label()), "Report availability.", severity, ackRequired);
  }

  /** Sends, lets {@code meanwhile} run before this node publishes, then takes the push in. */
  private long sendAndHandleElsewhereFirst(
      Severity severity, boolean ackRequired, java.util.function.LongConsumer meanwhile)
      throws InterruptedException {
    var published = new CountDownLatch(1);
    long[] alertId = {-1};
    var listener =
        hub.addListener(signal -> {
          if (signal instanceof AlertSignal.Sent sent && sent.alertId() == alertId[0]) {
            published.countDown();
          }
        });
    try {
      synchronized (feed) {
        alertId[0] = sendAsDirector(severity, ackRequired);
        meanwhile.accept(alertId[0]);
      }
      assertThat(published.await(10, TimeUnit.SECONDS)).as("the alert was published").isTrue();
    } finally {
      listener.remove();
    }
    takePushes();
    return alertId[0];
  }

  @Test
  void anAlertReadInAnotherTabBeforeItsPushArrivesIsNotCountedAgain() throws Exception {
    AlertBell bell = openOverviewAs(SignIn.COUNSELOR);
    long before = bell.unread();

    long alertId =
        sendAndHandleElsewhereFirst(
            Severity.URGENT, false, id -> assertThat(alerts.open(id)).isPresent());

    assertThat(bell.countsAsUnread(alertId)).isFalse();
    assertThat(bell.unread()).isEqualTo(before);
    assertThat($(Span.class).id("alert-bell-count").getText())
        .isEqualTo(before == 0 ? "" : Long.toString(before));
    // Nothing pops up for an alert the person has already read.
    assertThat($(Notification.class).all())
        .noneSatisfy(n ->
            assertThat($(Span.class, n).withClassName("alert-toast-title").all()).isNotEmpty());
  }

  @Test
  void aCriticalAlertAcknowledgedThroughTheEmailLinkFirstOpensNoDialog() throws Exception {
    AlertBell bell = openOverviewAs(SignIn.COUNSELOR);
    long before = bell.unread();

    long alertId =
        sendAndHandleElsewhereFirst(
            Severity.CRITICAL, true, id -> assertThat(alerts.acknowledge(id)).isTrue());

    assertThat($(Dialog.class).withId("critical-alert-" + alertId).all()).isEmpty();
    assertThat(bell.countsAsUnread(alertId)).isFalse();
    assertThat(bell.unread()).isEqualTo(before);
  }

  @Test
  void anAlertStillUnreadIsCountedOnceEvenIfTheBellAlreadySawIt() throws Exception {
    AlertBell bell = openOverviewAs(SignIn.COUNSELOR);
    long before = bell.unread();

    // Still unread everywhere when the push arrives: counted, once.
    long alertId =
        sendAndHandleElsewhereFirst(
            Severity.URGENT, false, id -> assertThat(alerts.unreadAlertIds()).contains(id));

    assertThat(bell.countsAsUnread(alertId)).isTrue();
    assertThat(bell.unread()).isEqualTo(before + 1);
  }
}
