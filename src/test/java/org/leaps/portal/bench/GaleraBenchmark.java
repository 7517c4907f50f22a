package org.leaps.portal.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leaps.portal.ha.GaleraCluster;

/**
 * Issue 17's figures: sustained writes per second on the three-node Galera cluster against a plain
 * MariaDB from the same packages and settings, measured side by side in one run, and the failover
 * pause a writer sees when the database node it uses is killed, as a distribution over several
 * kills. Writes are small transactions of the shape the portal makes (an availability-like update
 * and an audit-like insert per transaction, on distinct rows per thread), through HikariCP and
 * Connector/J with the same sequential failover URL the portal uses. All traffic is on loopback.
 *
 * <p>Run: {@code ./mvnw -B test -Dbenchmarks -Dtest='GaleraBenchmark'
 * -Dsurefire.failIfNoSpecifiedTests=false} (-Dgalera.bench.kills=N, default 5).
 */
@Tag("benchmark")
class GaleraBenchmark {

  private static final int THREADS = 8;
  private static final Duration WARM_UP = Duration.ofSeconds(5);
  private static final Duration MEASURE = Duration.ofSeconds(20);

  @Test
  void writesPerSecondAndFailoverPause() throws Exception {
    try (GaleraCluster cluster = GaleraCluster.start()) {
      String singleUrl = cluster.startSingleServer();
      try {
        double single = writesPerSecond("single MariaDB", singleUrl);
        double galera = writesPerSecond("3-node Galera", cluster.jdbcUrl());
        System.out.printf(
            "%nWrites per second (%d threads, %d s): single %.0f, Galera %.0f (%.0f %%)%n",
            THREADS, MEASURE.toSeconds(), single, galera, 100 * galera / single);
      } finally {
        cluster.stopSingleServer();
      }
      failoverPauses(cluster, Integer.getInteger("galera.bench.kills", 5));
    }
  }

  private static HikariDataSource pool(String url, int size) {
    var pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    pool.setUsername("leaps");
    pool.setPassword("leaps");
    pool.setMaximumPoolSize(size);
    pool.setConnectionTimeout(10_000);
    return pool;
  }

  private static void createTables(HikariDataSource pool) throws SQLException {
    try (Connection c = pool.getConnection();
        var s = c.createStatement()) {
      s.execute("drop table if exists bench_status");
      s.execute("drop table if exists bench_event");
      s.execute(
          "create table bench_status (id bigint primary key, status varchar(16), until"
              + " datetime(6), version bigint not null)");
      s.execute(
          "create table bench_event (id bigint auto_increment primary key, status_id bigint not"
              + " null, at datetime(6) not null, detail varchar(200))");
      for (int i = 0; i < THREADS * 10; i++) {
        s.execute("insert into bench_status values (" + i + ", 'AVAILABLE', now(6), 0)");
      }
    }
  }

  /** One transaction: update a status row (optimistic version), insert an event row, commit. */
  private static void write(Connection c, long row) throws SQLException {
    c.setAutoCommit(false);
    try (var update =
            c.prepareStatement(
                "update bench_status set status = if(status = 'AVAILABLE', 'ON_CALL',"
                    + " 'AVAILABLE'), until = now(6), version = version + 1 where id = ?");
        var insert =
            c.prepareStatement(
                "insert into bench_event (status_id, at, detail) values (?, now(6), 'changed')")) {
      update.setLong(1, row);
      update.executeUpdate();
      insert.setLong(1, row);
      insert.executeUpdate();
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private static double writesPerSecond(String label, String url) throws Exception {
    try (HikariDataSource pool = pool(url, THREADS)) {
      createTables(pool);
      AtomicBoolean counting = new AtomicBoolean();
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong committed = new AtomicLong();
      AtomicLong failed = new AtomicLong();
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long firstRow = t * 10L;
        running.add(
            threads.submit(() -> {
              for (long n = 0; !stop.get(); n++) {
                try (Connection c = pool.getConnection()) {
                  write(c, firstRow + n % 10);
                  if (counting.get()) {
                    committed.incrementAndGet();
                  }
                } catch (SQLException e) {
                  failed.incrementAndGet();
                }
              }
              return null;
            }));
      }
      Thread.sleep(WARM_UP.toMillis());
      counting.set(true);
      long t0 = System.nanoTime();
      Thread.sleep(MEASURE.toMillis());
      counting.set(false);
      double seconds = (System.nanoTime() - t0) / 1e9;
      stop.set(true);
      for (var f : running) {
        f.get();
      }
      threads.shutdown();
      double perSecond = committed.get() / seconds;
      System.out.printf(
          "%s: %d transactions (2 writes each) in %.1f s = %.0f per second, %d failed%n",
          label, committed.get(), seconds, perSecond, failed.get());
      return perSecond;
    }
  }

  /**
   * One writer commits every 10 ms through the failover URL; the node it is connected to is killed,
   * and the pause is the time from the kill to the writer's next successful commit. The node then
   * rejoins before the next round.
   */
  private static void failoverPauses(GaleraCluster cluster, int kills) throws Exception {
    List<Long> pauses = new ArrayList<>();
    try (HikariDataSource pool = pool(cluster.jdbcUrl(), 4)) {
      createTables(pool);
      for (int round = 0; round < kills; round++) {
        int node;
        try (Connection c = pool.getConnection();
            var s = c.createStatement();
            var r = s.executeQuery("select @@port")) {
          r.next();
          node = r.getInt(1) - GaleraCluster.BASE_PORT + 1;
        }
        AtomicLong lastSuccess = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer =
            Thread.ofPlatform()
                .start(() -> {
                  while (!stop.get()) {
                    try (Connection c = pool.getConnection()) {
                      write(c, 1);
                      lastSuccess.set(System.nanoTime());
                    } catch (SQLException e) {
                      failures.incrementAndGet();
                    }
                    try {
                      Thread.sleep(10);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
        Thread.sleep(2_000);
        long killedAt = System.nanoTime();
        cluster.kill(node);
        while (lastSuccess.get() < killedAt) {
          Thread.sleep(5);
          if (System.nanoTime() - killedAt > Duration.ofSeconds(60).toNanos()) {
            throw new AssertionError("no write succeeded within 60 s of killing node " + node);
          }
        }
        long pause = (lastSuccess.get() - killedAt) / 1_000_000;
        pauses.add(pause);
        System.out.printf(
            "round %d: killed node %d, next commit after %d ms (%d failed writes)%n",
            round + 1, node, pause, failures.get());
        stop.set(true);
        writer.join();
        cluster.rejoin(node);
      }
    }
    pauses.sort(Long::compare);
    System.out.printf(
        "Failover pause over %d kills (ms): min %d, median %d, max %d, all %s%n",
        pauses.size(), pauses.getFirst(), pauses.get(pauses.size() / 2), pauses.getLast(), pauses);
  }
}
