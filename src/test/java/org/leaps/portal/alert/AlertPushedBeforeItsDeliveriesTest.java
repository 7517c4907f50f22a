package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.security.SystemAccess;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A sent alert is pushed as soon as it is committed, and its deliveries are stored while the push
 * goes out (decision 135). Nothing may be lost in between: an acknowledgement given in that moment
 * counts, a page's "reached" mark is kept, and a send whose node stopped before storing the
 * deliveries is finished by the next check on any node, exactly once.
 */
@PortalTest
class AlertPushedBeforeItsDeliveriesTest {

  @Autowired AlertService alerts;
  @Autowired AlertLiveHub hub;
  @Autowired AlertLiveFeed feed;
  @Autowired AlertReminderJob job;
  @Autowired AlertTestData data;
  @Autowired SignIn signIn;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;

  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
    signIn.out();
  }

  @Test
  void anAcknowledgementGivenBeforeTheDeliveriesAreStoredWaitsForThemAndCounts() throws Exception {
    PortalUser counselor = signIn.as(SignIn.COUNSELOR);
    signIn.out();
    String title = data.unique("Pushed first");
    List<AlertSignal> published = new CopyOnWriteArrayList<>();
    var listener = hub.addListener(published::add);
    try (var held = new HeldDeliveries(transaction, jdbc)) {
      Future<Long> sending =
          threads.submit(() -> data.sendAsDirector(title, Severity.URGENT, "GULFPORT-PD"));

      AlertSignal.Sent sent =
          await()
              .atMost(Duration.ofSeconds(10))
              .until(() -> sentTitled(published, title), Objects::nonNull);
      long alertId = sent.alertId();

      // Pushed, committed and marked; no delivery stored yet.
      assertThat(sending).isNotDone();
      assertThat(pending(alertId)).isTrue();
      assertThat(deliveryCount(alertId)).isZero();
      assertThat(hub.beingStoredFor(counselor))
          .extracting(AlertSignal::alertId)
          .containsExactly(alertId);

      // The counselor's page showed it (its mark is stored later) and they acknowledge at once.
      hub.reached(alertId, SignIn.COUNSELOR);
      feed.storeReached();
      Future<Boolean> acknowledged =
          threads.submit(() -> {
            signIn.as(SignIn.COUNSELOR);
            try {
              return alerts.acknowledge(alertId);
            } finally {
              signIn.out();
            }
          });
      await()
          .during(Duration.ofMillis(300))
          .atMost(Duration.ofSeconds(2))
          .until(() -> !acknowledged.isDone());

      held.close();
      assertThat(sending.get(10, TimeUnit.SECONDS)).isEqualTo(alertId);
      assertThat(acknowledged.get(10, TimeUnit.SECONDS))
          .as("the acknowledgement found the counselor's delivery")
          .isTrue();
      feed.storeReached();

      assertThat(pending(alertId)).isFalse();
      assertThat(data.deliveryEmails(alertId)).containsExactlyInAnyOrderElementsOf(sent.emails());
      Map<String, Object> mine =
          jdbc.queryForMap(
              "select acknowledged_at, reached_at from alert_delivery"
                  + " where alert_id = ? and email = ?",
              alertId,
              SignIn.COUNSELOR);
      assertThat(mine.get("acknowledged_at")).isNotNull();
      assertThat(mine.get("reached_at")).as("the reached mark was kept").isNotNull();
      assertThat(hub.beingStoredFor(counselor)).isEmpty();
      // Other nodes learn of the alert once, with its deliveries.
      assertThat(data.eventCount(alertId, AlertActivity.Kind.SENT)).isEqualTo(1);
    } finally {
      listener.remove();
    }
  }

  @Test
  void aSendWhoseNodeStoppedBeforeStoringItsDeliveriesIsFinishedByTheNextCheck() {
    long alertId = data.sendAsDirector(data.unique("Stalled"), Severity.URGENT, "GULFPORT-PD");
    List<String> audience = data.deliveryEmails(alertId);
    assertThat(audience).contains(SignIn.COUNSELOR);
    int announced = data.eventCount(alertId, AlertActivity.Kind.SENT);

    // As if its node had stopped right after the commit, a moment ago: left to that node.
    stall(alertId, Duration.ZERO);
    assertThat(job.completeStalledSends(clock.instant())).isZero();
    assertThat(deliveryCount(alertId)).isZero();

    // Half a minute later any node finishes it, from the audience resolved again.
    stall(alertId, AlertReminderJob.STALLED_AFTER.plusSeconds(1));
    assertThat(job.completeStalledSends(clock.instant())).isEqualTo(1);
    assertThat(data.deliveryEmails(alertId)).containsExactlyInAnyOrderElementsOf(audience);
    assertThat(pending(alertId)).isFalse();
    assertThat(data.eventCount(alertId, AlertActivity.Kind.SENT)).isEqualTo(announced + 1);
    assertThat(job.completeStalledSends(clock.instant())).isZero();
  }

  @Test
  void twoNodesFinishingTheSameStalledSendStoreItsDeliveriesOnce() throws Exception {
    long alertId =
        data.sendAsDirector(data.unique("Stalled twice"), Severity.URGENT, "GULFPORT-PD");
    List<String> audience = data.deliveryEmails(alertId);
    stall(alertId, AlertReminderJob.STALLED_AFTER.plusSeconds(1));

    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> finishing =
        List.of(
            threads.submit(() -> finish(alertId, start)),
            threads.submit(() -> finish(alertId, start)));
    start.countDown();

    assertThat(
            List.of(
                finishing.get(0).get(20, TimeUnit.SECONDS),
                finishing.get(1).get(20, TimeUnit.SECONDS)))
        .containsExactlyInAnyOrder(true, false);
    assertThat(data.deliveryEmails(alertId)).containsExactlyInAnyOrderElementsOf(audience);
    assertThat(pending(alertId)).isFalse();
  }

  private boolean finish(long alertId, CountDownLatch start) throws InterruptedException {
    start.await();
    return SystemAccess.call(() -> alerts.completePendingDeliveries(alertId));
  }

  /** The state a node leaves when it stops between the alert's commit and its deliveries'. */
  private void stall(long alertId, Duration ago) {
    jdbc.update("delete from alert_delivery where alert_id = ?", alertId);
    jdbc.update(
        "update alert set deliveries_pending = true, sent_at = ? where id = ?",
        LocalDateTime.ofInstant(clock.instant().minus(ago), ZoneOffset.UTC),
        alertId);
  }

  private static AlertSignal.Sent sentTitled(List<AlertSignal> published, String title) {
    return published.stream()
        .filter(s -> s instanceof AlertSignal.Sent sent && sent.title().equals(title))
        .map(AlertSignal.Sent.class::cast)
        .findFirst()
        .orElse(null);
  }

  private boolean pending(long alertId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "select deliveries_pending from alert where id = ?", Boolean.class, alertId));
  }

  private int deliveryCount(long alertId) {
    return jdbc.queryForObject(
        "select count(*) from alert_delivery where alert_id = ?", Integer.class, alertId);
  }
}
