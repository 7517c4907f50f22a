package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.ForcedDeadlock;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reminder round claim that the database rolls back for a write conflict (here a real InnoDB
 * deadlock forced from a second connection; on Galera the same error 1213 is a certification
 * failure) is run again and the round goes out exactly once (issue 17).
 */
@PortalTest
class ReminderClaimWriteConflictTest {

  @Autowired AlertService alerts;
  @Autowired AlertTestData data;
  @Autowired AlertReminderJob reminders;
  @Autowired AlertSettings settings;
  @Autowired SignIn signIn;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void cleanUp() {
    signIn.out();
  }

  @Test
  void aClaimRolledBackByADeadlockIsRunAgainAndTheRoundGoesOutOnce() throws Exception {
    // Only this alert is due, so the claim that meets the deadlock is this one.
    data.closeActiveAlerts();
    signIn.as(SignIn.DIRECTOR);
    String title = data.unique("Claim conflict");
    long alertId =
        alerts
            .send(
                data.draft(
                    title, Severity.URGENT, Set.of(data.agencyId("HATTIESBURG-PD")), null, true))
            .alertId();
    signIn.out();
    Instant due = Instant.now().plus(settings.reminderDelay()).plusSeconds(60);
    long deadlocksBefore = ForcedDeadlock.deadlocks(jdbc);

    Future<Integer> sent;
    try (ForcedDeadlock heavy = new ForcedDeadlock(dataSource)) {
      // The claim's event row goes after the newest one: lock that gap, so the claim, having
      // updated the alert row, waits for this connection.
      long newest = heavy.queryLong("select max(id) from cluster_event");
      heavy.execute("select id from cluster_event where id >= ? for update", newest);
      sent = heavy.start(() -> reminders.remindDue(due));
      heavy.awaitWaiterHolding(1);
      // Now ask for the alert row the claim holds: a deadlock, and the lighter claim is rolled
      // back. This returns only once it was, so the alert row is this connection's.
      assertThat(heavy.execute("update alert set title = title where id = ?", alertId))
          .isEqualTo(1);
      assertThat(sent.isDone()).as("the claim runs again and waits for the alert row").isFalse();
    }

    assertThat(sent.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(ForcedDeadlock.deadlocks(jdbc)).isGreaterThan(deadlocksBefore);
    assertThat(data.alert(alertId).getReminderCount()).isEqualTo(1);
    assertThat(data.eventCount(alertId, AlertActivity.Kind.REMINDED)).isEqualTo(1);
    data.closeActiveAlerts();
  }
}
