package org.leaps.portal.base.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.base.db.WriteConflictRetry;
import org.leaps.portal.testsupport.ForcedDeadlock;
import org.leaps.portal.testsupport.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The relay's own writes on the real database (issue 17): a purge batch rolled back for a write
 * conflict (a real InnoDB deadlock forced from a second connection; on Galera the same error 1213
 * is a certification failure) runs again and deletes every old row; an error that is not a write
 * conflict reaches the caller after one attempt.
 */
@PortalTest
class RelayWriteConflictTest {

  private static final String ORIGIN = "purge-conflict-test";

  @Autowired ClusterEventLog log;
  @Autowired WriteConflictRetry writes;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void cleanUp() {
    jdbc.update("delete from cluster_event where origin_node = ?", ORIGIN);
  }

  @Test
  void aPurgeBatchRolledBackByADeadlockRunsAgainAndDeletesEveryOldRow() throws Exception {
    for (int i = 0; i < 3; i++) {
      jdbc.update(
          "insert into cluster_event (type, payload, origin_node, created_at)"
              + " values ('test.Old', '{}', ?, now(6) - interval 2 day)",
          ORIGIN);
    }
    List<Long> old =
        jdbc.queryForList(
            "select id from cluster_event where origin_node = ? order by id", Long.class, ORIGIN);
    long deadlocksBefore = ForcedDeadlock.deadlocks(jdbc);

    Future<Integer> purged;
    try (ForcedDeadlock heavy = new ForcedDeadlock(dataSource)) {
      // The purge goes in id order: it locks the first old rows and waits for the last.
      heavy.execute("select id from cluster_event where id = ? for update", old.get(2));
      purged = heavy.start(() -> log.purgeOlderThan(Duration.ofDays(1), 1000, 50));
      // It reads the rows to delete with locks first (delete with order by), then deletes.
      heavy.awaitWaiterHolding(0);
      // Asking for a row the purge holds: a deadlock, and the lighter purge is rolled back.
      assertThat(heavy.execute("select id from cluster_event where id = ? for update", old.get(0)))
          .isEqualTo(1);
      assertThat(purged.isDone()).as("the purge runs again and waits").isFalse();
    }

    assertThat(purged.get(30, TimeUnit.SECONDS)).isEqualTo(3);
    assertThat(ForcedDeadlock.deadlocks(jdbc)).isGreaterThan(deadlocksBefore);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from cluster_event where origin_node = ?", Integer.class, ORIGIN))
        .isZero();
  }

  @Test
  void anErrorThatIsNotAWriteConflictReachesTheCallerAfterOneAttempt() {
    jdbc.update(
        "insert into cluster_event (type, payload, origin_node) values ('test.Taken', '{}', ?)",
        ORIGIN);
    long taken =
        jdbc.queryForObject(
            "select max(id) from cluster_event where origin_node = ?", Long.class, ORIGIN);
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() ->
            writes.inTransaction(() -> {
              attempts.incrementAndGet();
              return jdbc.update(
                  "insert into cluster_event (id, type, payload, origin_node)"
                      + " values (?, 'test.Again', '{}', ?)",
                  taken,
                  ORIGIN);
            }))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(attempts).hasValue(1);
  }
}
