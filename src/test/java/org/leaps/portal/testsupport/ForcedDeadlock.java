package org.leaps.portal.testsupport;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A second connection that forces a real InnoDB deadlock on a write path under test. It first
 * writes {@link #BALLAST} uncommitted rows into {@code cluster_event}, so that it is the heavier
 * transaction and InnoDB rolls back the path under test as the victim (InnoDB picks the transaction
 * that changed fewer rows). The caller then takes a lock the path will wait for, starts the path on
 * another thread, {@link #awaitWaiterHolding} until it waits, and asks for a lock the path holds:
 * the deadlock. The ballast is rolled back on {@link #close}, so nothing of it is ever committed.
 */
public final class ForcedDeadlock implements AutoCloseable {

  public static final int BALLAST = 200;

  /**
   * How often a test may ask {@code information_schema.innodb_trx} whether a transaction waits for
   * a lock. InnoDB answers from a snapshot that it takes again only once the snapshot has not been
   * read for 0.1 s: asked more often, the first snapshot stands for good.
   */
  public static final Duration LOCK_WAIT_POLL = Duration.ofMillis(150);

  private final Connection connection;
  private final JdbcTemplate observer;
  private final ExecutorService pathThread = Executors.newSingleThreadExecutor();
  private volatile Future<?> path;

  public ForcedDeadlock(DataSource dataSource) throws SQLException {
    this.connection = dataSource.getConnection();
    this.connection.setAutoCommit(false);
    this.observer = new JdbcTemplate(dataSource);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into cluster_event (type, payload, origin_node) values (?, '{}', ?)")) {
      for (int i = 0; i < BALLAST; i++) {
        insert.setString(1, "test.DeadlockBallast");
        insert.setString(2, "deadlock-test");
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Starts the write path under test on a thread of its own, as another node would run it. */
  public <T> Future<T> start(Callable<T> path) {
    Future<T> started = pathThread.submit(path);
    this.path = started;
    return started;
  }

  /** Runs a statement on the heavy connection (it may block until the deadlock is resolved). */
  public int execute(String sql, Object... args) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      if (statement.execute()) {
        int rows = 0;
        try (var rs = statement.getResultSet()) {
          while (rs.next()) {
            rows++;
          }
        }
        return rows;
      }
      return statement.getUpdateCount();
    }
  }

  /** One number read on the heavy connection (it sees its own ballast). */
  public long queryLong(String sql, Object... args) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      try (var rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * Waits until another transaction that has changed at least {@code rowsChanged} rows (0: any)
   * waits for a lock: the path under test, holding its first lock and blocked behind this
   * connection.
   *
   * <p>It asks every {@link #LOCK_WAIT_POLL}. Asked every 20 ms, the first snapshot (taken before
   * the path waited) stood for the whole wait, and the path's socket timed out while the test
   * waited: the relay purge test's one failure in CI. If the path ends first, or the wait times
   * out, the failure carries the database's sessions and InnoDB's own list of lock waits.
   */
  public void awaitWaiterHolding(int rowsChanged) {
    try {
      await("a transaction holding " + rowsChanged + " row(s) to wait for a lock")
          .atMost(Duration.ofSeconds(20))
          .pollInterval(LOCK_WAIT_POLL)
          .until(
              () -> {
                Future<?> started = path;
                if (started != null && started.isDone()) {
                  throw new AssertionError(
                      "The path under test ended before it waited for a lock: "
                          + outcome(started)
                          + "\n"
                          + databaseActivity());
                }
                return observer.queryForObject(
                    "select count(*) from information_schema.innodb_trx"
                        + " where trx_state = 'LOCK WAIT' and trx_rows_modified >= ?",
                    Integer.class,
                    rowsChanged);
              },
              n -> n > 0);
    } catch (ConditionTimeoutException timedOut) {
      throw new AssertionError(timedOut.getMessage() + "\n" + databaseActivity(), timedOut);
    }
  }

  private static String outcome(Future<?> ended) {
    return switch (ended.state()) {
      case SUCCESS -> "it returned " + ended.resultNow();
      case FAILED -> "it failed with " + ended.exceptionNow();
      default -> "it was cancelled";
    };
  }

  /**
   * The database's sessions, one line each, and the transactions part of InnoDB's monitor, which is
   * read fresh each time (unlike {@code innodb_trx}).
   */
  private String databaseActivity() {
    StringBuilder out = new StringBuilder("Sessions (id, command, seconds, state, statement):");
    observer.query(
        "select id, command, time, state, left(info, 160) as info"
            + " from information_schema.processlist where command <> 'Daemon' order by id",
        (ResultSet row) -> {
          out.append("\n  ")
              .append(row.getLong("id"))
              .append(" | ")
              .append(row.getString("command"))
              .append(" | ")
              .append(row.getLong("time"))
              .append(" | ")
              .append(row.getString("state"))
              .append(" | ")
              .append(row.getString("info"));
        });
    String monitor =
        String.valueOf(observer.queryForMap("show engine innodb status").get("Status"));
    int from = monitor.indexOf("LIST OF TRANSACTIONS");
    int to = monitor.indexOf("--------\nFILE I/O");
    out.append("\nInnoDB: ").append(from >= 0 && to > from ? monitor.substring(from, to) : monitor);
    return out.toString();
  }

  /** How many deadlocks InnoDB has counted since the server started. */
  public static long deadlocks(JdbcTemplate jdbc) {
    return jdbc.queryForObject(
        "select variable_value from information_schema.global_status"
            + " where variable_name = 'INNODB_DEADLOCKS'",
        Long.class);
  }

  /**
   * Rolls the heavy transaction back: the ballast and every lock are gone, and the path under test
   * can finish (its thread ends after it).
   */
  @Override
  public void close() throws SQLException {
    try {
      connection.rollback();
    } finally {
      connection.close();
      pathThread.shutdown();
    }
  }
}
