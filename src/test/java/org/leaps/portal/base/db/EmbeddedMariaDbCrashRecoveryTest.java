package org.leaps.portal.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A portal JVM is killed with SIGKILL while its embedded server runs, leaving the server orphaned
 * on the data directory. The next start finds it by its pid file, stops it and starts normally,
 * with every row kept.
 */
class EmbeddedMariaDbCrashRecoveryTest {

  /** The "portal": starts the server, writes a row, says READY and waits to be killed. */
  public static final class Child {
    public static void main(String[] args) throws Exception {
      var server = EmbeddedMariaDb.start(Path.of(args[0]), "crash_test");
      try (var connection = DriverManager.getConnection(server.jdbcUrl("crash_test"), "root", "");
          var statement = connection.createStatement()) {
        statement.execute("create table note (id int primary key, body varchar(50))");
        statement.execute("insert into note values (1, 'written before the crash')");
      }
      System.out.println("READY " + server.pid().orElseThrow());
      System.out.flush();
      Thread.currentThread().join();
    }
  }

  @Test
  void aLeftoverServerFromAKilledJvmIsStoppedAndTheNextStartSucceeds() throws Exception {
    Path dataDir = Path.of("target", "crash-" + UUID.randomUUID(), "mariadb").toAbsolutePath();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Child.class.getName(),
                dataDir.toString())
            .redirectErrorStream(true)
            .start();
    long orphanPid;
    try {
      orphanPid = CompletableFuture.supplyAsync(() -> readyPid(child)).get(5, TimeUnit.MINUTES);
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hook runs, the server is orphaned
      child.waitFor(30, TimeUnit.SECONDS);
    }
    ProcessHandle orphan = ProcessHandle.of(orphanPid).orElseThrow();
    assertThat(orphan.isAlive()).as("the server outlived its JVM").isTrue();
    assertThat(LeftoverServer.servesDataDir(orphanPid, dataDir)).isTrue();
    assertThat(LeftoverServer.servesDataDir(orphanPid, dataDir.resolveSibling("other"))).isFalse();

    long started = System.nanoTime();
    try (var server = EmbeddedMariaDb.start(dataDir, "crash_test");
        var connection = DriverManager.getConnection(server.jdbcUrl("crash_test"), "root", "");
        var statement = connection.createStatement();
        var rows = statement.executeQuery("select body from note where id = 1")) {
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      System.out.println("Start after a crash took " + took.toMillis() + " ms");
      assertThat(orphan.isAlive()).as("the leftover server was stopped").isFalse();
      assertThat(server.pid().orElseThrow()).isNotEqualTo(orphanPid);
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("written before the crash");
    } finally {
      if (orphan.isAlive()) {
        orphan.destroyForcibly();
      }
    }
  }

  private static long readyPid(Process child) {
    try (var lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("READY ")) {
          return Long.parseLong(line.substring("READY ".length()).strip());
        }
      }
      throw new IllegalStateException("the child JVM exited before its server was ready");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
