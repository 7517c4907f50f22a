package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code alert_event} notification table is purged of rows older than the retention, in bounded
 * batches, and two purges at once (two nodes) neither fail nor touch recent rows. Bad settings are
 * refused with the property named.
 */
@PortalTest
class AlertEventRetentionTest {

  /** Alert ids no real alert has: the pollers ignore these rows. */
  private static final long OLD_ONLY = -1001;

  private static final long MIXED = -1002;

  @Autowired AlertEventLog events;
  @Autowired AlertEventRetention retention;
  @Autowired JdbcTemplate jdbc;

  private void insert(long alertId, int rows, int daysAgo) {
    for (int i = 0; i < rows; i++) {
      jdbc.update(
          "insert into alert_event (alert_id, kind, email, created_at)"
              + " values (?, 'SENT', null, now(6) - interval ? day)",
          alertId,
          daysAgo);
    }
  }

  private int rows(long alertId) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from alert_event where alert_id = ?", Integer.class, alertId);
    return count == null ? 0 : count;
  }

  @Test
  void oldEventsArePurgedInBoundedBatchesAndRecentOnesKept() {
    insert(MIXED, 5, 2);
    insert(MIXED, 2, 0);
    assertThat(rows(MIXED)).isEqualTo(7);

    // Two batches of two: four of the five old rows go, the rest waits for the next run.
    assertThat(events.purgeOlderThan(Duration.ofDays(1), 2, 2)).isEqualTo(4);
    assertThat(rows(MIXED)).isEqualTo(3);

    // The scheduled purge (retention 1 day by default) finishes; the two recent rows stay.
    assertThat(retention.purge()).isEqualTo(1);
    assertThat(rows(MIXED)).isEqualTo(2);
    assertThat(retention.purge()).isZero();
    assertThat(rows(MIXED)).isEqualTo(2);
  }

  @Test
  void twoNodesPurgingAtOnceDeleteEachRowOnce() throws Exception {
    insert(OLD_ONLY, 60, 3);
    long before = events.count();
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      var barrier = new CyclicBarrier(2);
      Future<Integer> one =
          nodes.submit(() -> {
            barrier.await(10, TimeUnit.SECONDS);
            return events.purgeOlderThan(Duration.ofDays(1), 5, 100);
          });
      Future<Integer> two =
          nodes.submit(() -> {
            barrier.await(10, TimeUnit.SECONDS);
            return events.purgeOlderThan(Duration.ofDays(1), 5, 100);
          });
      int deleted = one.get(30, TimeUnit.SECONDS) + two.get(30, TimeUnit.SECONDS);
      assertThat(deleted).isGreaterThanOrEqualTo(60);
      assertThat(rows(OLD_ONLY)).isZero();
      assertThat(events.count()).isEqualTo(before - deleted);
    } finally {
      nodes.shutdownNow();
    }
  }

  @Test
  void badSettingsAreRefusedNamingTheProperty() {
    var defaults = new AlertSettings(null, null, null, null, null, null);
    assertThat(defaults.reminderDelay()).isEqualTo(Duration.ofMinutes(30));
    assertThat(defaults.reminderMax()).isEqualTo(3);
    assertThat(defaults.eventRetention()).isEqualTo(Duration.ofDays(1));

    assertThatThrownBy(() -> new AlertSettings(null, null, null, null, null, Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LEAPS_ALERTS_EVENT_RETENTION")
        .hasMessageContaining("at least 1m");
    assertThatThrownBy(() -> new AlertSettings(null, null, null, null, -1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LEAPS_ALERTS_REMINDER_MAX");
    assertThatThrownBy(
            () -> new AlertSettings(null, null, null, Duration.ofMinutes(-5), null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LEAPS_ALERTS_REMINDER_DELAY");
  }
}
