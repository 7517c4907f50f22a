package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.alert.ui.AlertBell;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A counselor opens the portal just after a critical alert went out, while this node is still
 * storing its deliveries (decision 135): the push has passed, and the database does not have the
 * counselor's delivery yet. The page must still show the alert's dialog and count it, and the
 * acknowledgement must count once the deliveries are stored.
 */
@PortalTest
class AlertPageOpenedWhileDeliveriesAreStoredTest extends LivePushTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  private final ExecutorService sender = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopSender() {
    sender.shutdownNow();
  }

  @Test
  void aPageOpenedBetweenThePushAndTheStoredDeliveriesShowsTheCriticalAlert() throws Exception {
    String title = data.unique("Opened in between");
    var pushed = new CountDownLatch(1);
    var alertId = new AtomicLong();
    var listener =
        hub.addListener(signal -> {
          if (signal instanceof AlertSignal.Sent sent && sent.title().equals(title)) {
            alertId.set(sent.alertId());
            pushed.countDown();
          }
        });
    try (var held = new HeldDeliveries(transaction, jdbc)) {
      Future<Long> sending =
          sender.submit(() -> data.sendAsDirector(title, Severity.CRITICAL, "GULFPORT-PD"));
      assertThat(pushed.await(10, TimeUnit.SECONDS)).as("the alert was pushed").isTrue();

      AlertBell bell = openOverviewAs(SignIn.COUNSELOR);

      assertThat(sending).as("its deliveries are still being stored").isNotDone();
      Dialog dialog = $(Dialog.class).id("critical-alert-" + alertId.get());
      assertThat(dialog.isOpened()).isTrue();
      assertThat($(H2.class, dialog).single().getText()).isEqualTo(title);
      assertThat(bell.countsAsUnread(alertId.get())).isTrue();

      held.close();
      assertThat(sending.get(10, TimeUnit.SECONDS)).isEqualTo(alertId.get());
      test($(Button.class, dialog).id("critical-alert-ack")).click();

      assertThat($(Dialog.class).withId("critical-alert-" + alertId.get()).all()).isEmpty();
      assertThat(
              jdbc.queryForObject(
                  "select acknowledged_at is not null from alert_delivery"
                      + " where alert_id = ? and email = ?",
                  Boolean.class,
                  alertId.get(),
                  SignIn.COUNSELOR))
          .isTrue();
      assertThat(bell.countsAsUnread(alertId.get())).isFalse();
    } finally {
      listener.remove();
    }
  }
}
