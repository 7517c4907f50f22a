package org.leaps.portal.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.health.contributor.Status;

/**
 * The embedded server stalls (SIGSTOP) and dies (SIGKILL): health reads DOWN with the cause within
 * seconds, a stalled server is left alone and answers again after SIGCONT, and a dead one is
 * started again on the same port and data directory with every row kept.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedServerFailuresTest {

  private static EmbeddedMariaDb server;
  private static HikariDataSource dataSource;
  private static DatabaseHealth health;

  @BeforeAll
  static void start() throws Exception {
    Path dataDir = Path.of("target", "failures-" + UUID.randomUUID(), "mariadb");
    server = EmbeddedMariaDb.start(dataDir, "failures");
    dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(server.jdbcUrl("failures"));
    dataSource.setUsername("root");
    dataSource.setPassword("");
    // Short, as the brief says: the pool gives up quickly in this test.
    dataSource.setConnectionTimeout(2_000);
    dataSource.setMaximumPoolSize(2);
    health = new DatabaseHealth(dataSource);
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.execute("create table note (id int primary key, body varchar(50))");
      statement.execute("insert into note values (1, 'kept through stall and death')");
    }
  }

  @AfterAll
  static void stop() {
    if (dataSource != null) {
      dataSource.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void aStalledServerReadsDownWithinSecondsAndAnswersAgainAfterResuming() throws Exception {
    long pid = server.pid().orElseThrow();
    signal("STOP", pid);
    try {
      long started = System.nanoTime();
      var down = health.health();
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(down.getStatus().getCode()).isEqualTo("DOWN");
      assertThat(down.getStatus().getDescription()).contains("did not answer within 3 s");
      assertThat(took).isLessThan(Duration.ofSeconds(10));
      assertThat(server.alive()).as("a stalled server is still alive").isTrue();
      assertThat(server.restartIfDied(3)).as("and is not restarted").isFalse();
    } finally {
      signal("CONT", pid);
    }
    awaitTrue(() -> health.health().getStatus().equals(Status.UP), Duration.ofSeconds(30));
    assertThat(readNote()).isEqualTo("kept through stall and death");
  }

  @Test
  @Order(2)
  void aDeadServerIsRestartedOnTheSameDataDirectory() throws Exception {
    long pid = server.pid().orElseThrow();
    signal("KILL", pid);
    ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    assertThat(server.alive()).isFalse();
    var down = health.health();
    assertThat(down.getStatus().getCode()).isEqualTo("DOWN");
    assertThat(down.getStatus().getDescription()).contains("refuses connections");

    assertThat(server.restartIfDied(3)).isTrue();
    assertThat(server.alive()).isTrue();
    assertThat(server.pid().orElseThrow()).isNotEqualTo(pid);
    awaitTrue(() -> health.health().getStatus().equals(Status.UP), Duration.ofSeconds(30));
    // The pool's old connections are broken; it replaces them by itself.
    assertThat(readNote()).isEqualTo("kept through stall and death");
  }

  @Test
  @Order(3)
  void aQueryToAServerThatStallsMidRequestFailsAfterTheSocketTimeoutInsteadOfHanging()
      throws Exception {
    var settings =
        new DatabaseSettings(
            server.jdbcUrl("failures"), "root", "", Path.of("unused"), "failures", false, false);
    try (HikariDataSource portalPool =
        new DatabaseConfiguration()
            .dataSource(settings, new DatabaseConfiguration.EmbeddedServerHolder(settings))) {
      try (var migration = new DatabaseConfiguration.NoNetworkTimeout(portalPool).getConnection()) {
        assertThat(migration.getNetworkTimeout()).as("migrations wait without a limit").isZero();
      }
      try (var connection = portalPool.getConnection();
          var statement = connection.createStatement()) {
        assertThat(connection.getNetworkTimeout())
            .as("the pool resets the migration's timeout")
            .isEqualTo(DatabaseConfiguration.SOCKET_TIMEOUT_MILLIS);
        statement.execute("select 1");
        long pid = server.pid().orElseThrow();
        signal("STOP", pid);
        long started = System.nanoTime();
        try {
          var query =
              java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                  statement.executeQuery("select body from note");
                  return "answered";
                } catch (java.sql.SQLException e) {
                  return "failed";
                }
              });
          // Without a socket timeout the query would wait for as long as the server is stopped.
          assertThat(query.get(30, TimeUnit.SECONDS)).isEqualTo("failed");
          Duration took = Duration.ofNanos(System.nanoTime() - started);
          assertThat(took)
              .isGreaterThanOrEqualTo(
                  Duration.ofMillis(DatabaseConfiguration.SOCKET_TIMEOUT_MILLIS - 500))
              .isLessThan(Duration.ofMillis(DatabaseConfiguration.SOCKET_TIMEOUT_MILLIS + 5_000));
        } finally {
          signal("CONT", pid);
        }
      }
      awaitTrue(() -> health.health().getStatus().equals(Status.UP), Duration.ofSeconds(30));
      try (var connection = portalPool.getConnection();
          var statement = connection.createStatement();
          var rows = statement.executeQuery("select body from note where id = 1")) {
        assertThat(rows.next()).as("the pool serves again after the stall").isTrue();
      }
    }
  }

  private static String readNote() throws Exception {
    try (var connection = DriverManager.getConnection(server.jdbcUrl("failures"), "root", "");
        var statement = connection.createStatement();
        var rows = statement.executeQuery("select body from note where id = 1")) {
      assertThat(rows.next()).isTrue();
      return rows.getString(1);
    }
  }

  static void signal(String signal, long pid) throws Exception {
    var kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
    assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(kill.exitValue()).as("kill -" + signal + " " + pid).isZero();
  }

  static void awaitTrue(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within " + timeout).isLessThan(deadline);
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }
}
