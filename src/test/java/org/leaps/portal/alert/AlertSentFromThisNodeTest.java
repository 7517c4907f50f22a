package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The node that sends an alert pushes it from the recipients it has just stored, without reading
 * them back (issue 16: the alert's path at 1,000 users). The signal must name exactly the people
 * the stored deliveries name, and an alert whose transaction does not commit is neither pushed nor
 * kept in memory.
 */
@PortalTest
class AlertSentFromThisNodeTest {

  @Autowired AlertService alerts;
  @Autowired AlertLiveHub hub;
  @Autowired AlertLiveFeed feed;
  @Autowired AlertTestData data;
  @Autowired SignIn signIn;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void thePushNamesTheSameRecipientsAsTheStoredDeliveries() {
    List<AlertSignal> published = new CopyOnWriteArrayList<>();
    var listener = hub.addListener(published::add);
    try {
      long alertId = data.sendAsDirector(data.unique("This node"), Severity.URGENT, "GULFPORT-PD");

      AlertSignal.Sent sent =
          Awaitility.await()
              .atMost(Duration.ofSeconds(10))
              .until(
                  () ->
                      published.stream()
                          .filter(s -> s instanceof AlertSignal.Sent && s.alertId() == alertId)
                          .map(AlertSignal.Sent.class::cast)
                          .findFirst()
                          .orElse(null),
                  java.util.Objects::nonNull);
      List<String> storedEmails =
          jdbc.queryForList(
              "select email from alert_delivery where alert_id = ?", String.class, alertId);
      List<Long> storedAccounts =
          jdbc.queryForList(
              "select account_id from alert_delivery where alert_id = ? and account_id is not null",
              Long.class,
              alertId);
      assertThat(storedEmails).isNotEmpty();
      assertThat(sent.emails()).containsExactlyInAnyOrderElementsOf(storedEmails);
      assertThat(sent.accountIds()).containsExactlyInAnyOrderElementsOf(storedAccounts);
      assertThat(sent.isFor(SignIn.COUNSELOR, null)).isTrue();
      assertThat(sent.isFor(SignIn.LIAISON_HATTIESBURG, null)).isFalse();
      assertThat(feed.alertsBeingSent()).isZero();
    } finally {
      listener.remove();
    }
  }

  @Test
  void anAlertWhoseTransactionRollsBackIsNeitherPushedNorKept() {
    String title = data.unique("Rolled back");
    List<AlertSignal> published = new CopyOnWriteArrayList<>();
    var listener = hub.addListener(published::add);
    try {
      // Sent by hand, in a transaction that rolls back: the helper sends in one of its own.
      signIn.as(SignIn.DIRECTOR);
      transaction.executeWithoutResult(status -> {
        alerts.send(
            data.draft(title, Severity.URGENT, Set.of(data.agencyId("GULFPORT-PD")), null, true));
        status.setRollbackOnly();
      });
      assertThat(feed.alertsBeingSent()).isZero();
      assertThat(
              jdbc.queryForObject("select count(*) from alert where title = ?", Long.class, title))
          .isZero();

      // A later alert goes out; the feed pushes in order, so the first would have come before it.
      String later = data.unique("Committed");
      long laterId = data.sendAsDirector(later, Severity.URGENT, "GULFPORT-PD");
      Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> published.stream().anyMatch(s -> s.alertId() == laterId));
      assertThat(published)
          .filteredOn(AlertSignal.Sent.class::isInstance)
          .map(s -> ((AlertSignal.Sent) s).title())
          .contains(later)
          .doesNotContain(title);
    } finally {
      listener.remove();
    }
  }
}
