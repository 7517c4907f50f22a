package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Send this alert?" stores the alert unsent with its deliveries, and "Send now" only marks it sent
 * (decision 138). Until then nobody sees it; "Cancel" drops it, and so does the lifecycle job once
 * the dialog was left; two "Send now" for one confirmation send one alert.
 */
@PortalTest
class AlertPreparedWhileTheSenderConfirmsTest {

  @Autowired AlertService alerts;
  @Autowired AlertReminderJob lifecycle;
  @Autowired AlertTestData data;
  @Autowired SignIn signIn;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  private AlertDraft gulfportDraft(String title) {
    return data.draft(title, Severity.CRITICAL, Set.of(data.agencyId("GULFPORT-PD")), null, true);
  }

  private int alertsTitled(String title) {
    Integer count =
        jdbc.queryForObject("select count(*) from alert where title = ?", Integer.class, title);
    return count == null ? 0 : count;
  }

  private int deliveriesOf(long alertId) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from alert_delivery where alert_id = ?", Integer.class, alertId);
    return count == null ? 0 : count;
  }

  private long preparedId(AlertService.AudiencePreview prepared) {
    return prepared.audience().preparedAlertId();
  }

  @Test
  void aPreparedAlertReachesNobodyUntilSendNowAndIsThenTheAlertSent() {
    signIn.as(SignIn.DIRECTOR);
    String title = data.unique("Prepared");
    AlertDraft draft = gulfportDraft(title);
    AlertService.AudiencePreview prepared = alerts.prepare(draft);
    long preparedId = preparedId(prepared);

    assertThat(deliveriesOf(preparedId)).isEqualTo(prepared.people());
    assertThat(alerts.activeAlerts()).noneMatch(a -> a.title().equals(title));
    assertThat(alerts.tracking(preparedId)).isEmpty();
    assertThat(alerts.notAcknowledged(preparedId, PageRequest.of(0, 10)).getTotalElements())
        .isZero();
    signIn.as(SignIn.COUNSELOR);
    assertThat(alerts.openCriticalAlerts()).noneMatch(item -> item.alertId() == preparedId);
    assertThat(alerts.unreadAlertIds()).doesNotContain(preparedId);
    assertThat(alerts.inbox(PageRequest.of(0, 50))).noneMatch(i -> i.alertId() == preparedId);
    assertThat(alerts.open(preparedId)).isEmpty();
    assertThat(alerts.acknowledge(preparedId)).isFalse();

    signIn.as(SignIn.DIRECTOR);
    AlertService.SentAlert sent = alerts.send(draft, prepared);
    try {
      assertThat(sent.alertId()).isEqualTo(preparedId);
      assertThat(sent.recipients()).isEqualTo(prepared.people());
      assertThat(alertsTitled(title)).isOne();
      assertThat(data.alert(preparedId).isSent()).isTrue();
      assertThat(alerts.activeAlerts()).anyMatch(a -> a.title().equals(title));
      assertThat(data.eventCount(preparedId, AlertActivity.Kind.SENT)).isOne();
      signIn.as(SignIn.COUNSELOR);
      assertThat(alerts.openCriticalAlerts()).anyMatch(item -> item.alertId() == preparedId);
    } finally {
      signIn.as(SignIn.DIRECTOR);
      alerts.close(sent.alertId());
    }
  }

  @Test
  void cancelDropsThePreparedAlertWithItsDeliveries() {
    signIn.as(SignIn.DIRECTOR);
    String title = data.unique("Cancelled");
    AlertService.AudiencePreview prepared = alerts.prepare(gulfportDraft(title));
    long preparedId = preparedId(prepared);

    signIn.as(SignIn.STAFF);
    alerts.discard(prepared);
    assertThat(alertsTitled(title)).as("another sender cannot drop it").isOne();

    signIn.as(SignIn.DIRECTOR);
    alerts.discard(prepared);
    assertThat(alertsTitled(title)).isZero();
    assertThat(deliveriesOf(preparedId)).isZero();
  }

  @Test
  void twoSendNowForOneConfirmationSendOneAlert() throws Exception {
    signIn.as(SignIn.DIRECTOR);
    String title = data.unique("Twice");
    AlertDraft draft = gulfportDraft(title);
    AlertService.AudiencePreview prepared = alerts.prepare(draft);
    signIn.out();
    ExecutorService pages = Executors.newFixedThreadPool(2);
    List<Long> sentIds = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Long>> sends = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        sends.add(
            pages.submit(() -> {
              signIn.as(SignIn.DIRECTOR);
              start.await();
              try {
                return alerts.send(draft, prepared).alertId();
              } finally {
                signIn.out();
              }
            }));
      }
      start.countDown();
      for (Future<Long> send : sends) {
        sentIds.add(send.get(30, TimeUnit.SECONDS));
      }
    } finally {
      pages.shutdownNow();
      signIn.as(SignIn.DIRECTOR);
      sentIds.stream().distinct().forEach(alerts::close);
    }

    assertThat(sentIds).containsOnly(preparedId(prepared));
    assertThat(alertsTitled(title)).isOne();
    assertThat(data.eventCount(preparedId(prepared), AlertActivity.Kind.SENT)).isOne();
  }

  @Test
  void aDraftEditedAfterConfirmingIsSentAsEditedAndThePreparedOneIsDroppedLater() {
    signIn.as(SignIn.DIRECTOR);
    String title = data.unique("Before edit");
    AlertService.AudiencePreview prepared = alerts.prepare(gulfportDraft(title));
    String edited = data.unique("After edit");

    long sentId = alerts.send(gulfportDraft(edited), prepared).alertId();
    try {
      assertThat(sentId).isNotEqualTo(preparedId(prepared));
      assertThat(data.alert(sentId).getTitle()).isEqualTo(edited);
      assertThat(deliveriesOf(sentId)).isEqualTo(prepared.people());
      assertThat(data.alert(preparedId(prepared)).isSent()).isFalse();

      Instant later = Instant.now().plus(AlertReminderJob.ABANDONED_AFTER).plusSeconds(5);
      assertThat(lifecycle.deleteAbandoned(later)).isPositive();
      assertThat(alertsTitled(title)).isZero();
      assertThat(deliveriesOf(preparedId(prepared))).isZero();
      assertThat(alertsTitled(edited)).as("the sent alert stays").isOne();
    } finally {
      alerts.close(sentId);
    }
  }

  @Test
  void aFreshPreparationIsNotDroppedAndOneDroppedMeanwhileIsSentAfresh() {
    signIn.as(SignIn.DIRECTOR);
    String title = data.unique("Fresh");
    AlertService.AudiencePreview prepared = alerts.prepare(gulfportDraft(title));
    lifecycle.deleteAbandoned(Instant.now());
    assertThat(alertsTitled(title)).isOne();

    // Dropped while the dialog was open (another node's clock ahead): "Send now" sends afresh.
    lifecycle.deleteAbandoned(Instant.now().plus(Duration.ofMinutes(5)));
    long sentId = alerts.send(gulfportDraft(title), prepared).alertId();
    try {
      assertThat(sentId).isNotEqualTo(preparedId(prepared));
      assertThat(alertsTitled(title)).isOne();
      assertThat(deliveriesOf(sentId)).isEqualTo(prepared.people());
    } finally {
      alerts.close(sentId);
    }
  }

  @Test
  void aPreparedAlertCannotBeClosedOrTrackedBeforeItIsSent() {
    signIn.as(SignIn.DIRECTOR);
    AlertService.AudiencePreview prepared = alerts.prepare(gulfportDraft(data.unique("Closed")));
    try {
      assertThatThrownBy(() -> alerts.close(preparedId(prepared)))
          .isInstanceOf(java.util.NoSuchElementException.class);
    } finally {
      alerts.discard(prepared);
    }
  }
}
