package org.leaps.portal.ha;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A three-node MariaDB Galera cluster on loopback ports, run by the project's own scripts in {@code
 * config/galera/} with Debian's {@code mariadb-server}, {@code galera-4} and {@code
 * mariadb-backup}. Without those packages a test using it is skipped with the reason printed,
 * unless {@code -De2e.required=true} (CI) makes that a failure.
 */
public final class GaleraCluster implements AutoCloseable {

  public static final int BASE_PORT = 23306;

  private final Path dir;

  private GaleraCluster(Path dir) {
    this.dir = dir;
  }

  /** Skips (or, with e2e.required, fails) the calling test when the packages are missing. */
  public static void assumePackagesInstalled() {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(Path.of("/usr/sbin/mariadbd"))) {
      missing.add("mariadb-server");
    }
    if (!Files.exists(Path.of("/usr/lib/galera/libgalera_smm.so"))) {
      missing.add("galera-4");
    }
    if (!Files.isExecutable(Path.of("/usr/bin/mariabackup"))) {
      missing.add("mariadb-backup");
    }
    if (missing.isEmpty()) {
      return;
    }
    String reason =
        "Galera cluster test skipped: Debian packages "
            + missing
            + " are not installed (apt-get install mariadb-server galera-4 mariadb-backup)";
    if (Boolean.getBoolean("e2e.required")) {
      Assertions.fail(reason.replace("skipped", "required but cannot run"));
    }
    System.out.println(reason);
    Assumptions.abort(reason);
  }

  /** Starts a fresh cluster in {@code target/galera}: bootstrap node 1, join nodes 2 and 3. */
  public static GaleraCluster start() throws IOException, InterruptedException {
    assumePackagesInstalled();
    Path dir = Path.of("target", "galera").toAbsolutePath();
    var cluster = new GaleraCluster(dir);
    cluster.run(300, "cluster.sh", "stop", dir.toString());
    deleteRecursively(dir);
    cluster.run(300, "cluster.sh", "start", dir.toString());
    return cluster;
  }

  public String jdbcUrl() {
    return "jdbc:mariadb:sequential://127.0.0.1:"
        + sqlPort(1)
        + ",127.0.0.1:"
        + sqlPort(2)
        + ",127.0.0.1:"
        + sqlPort(3)
        + "/leaps";
  }

  public static int sqlPort(int node) {
    return BASE_PORT + node - 1;
  }

  /** A direct connection to one node, to read what that node holds. */
  public Connection connect(int node) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + sqlPort(node) + "/leaps", "leaps", "leaps");
  }

  /** kill -9 of one node's server, as a power cut would. */
  public void kill(int node) throws IOException, InterruptedException {
    run(60, "node.sh", "kill", dir.toString(), Integer.toString(node));
  }

  /** Starts a node again and waits until it has caught up with the cluster (Synced). */
  public void rejoin(int node) throws IOException, InterruptedException {
    run(300, "node.sh", "start", dir.toString(), Integer.toString(node));
  }

  public String status() throws IOException, InterruptedException {
    return run(60, "cluster.sh", "status", dir.toString());
  }

  @Override
  public void close() throws IOException, InterruptedException {
    run(300, "cluster.sh", "stop", dir.toString());
  }

  /** A plain MariaDB (no Galera) from the same packages and settings, for side-by-side figures. */
  public String startSingleServer() throws IOException, InterruptedException {
    run(300, "single.sh", "start", dir.resolve("single").toString());
    return "jdbc:mariadb://127.0.0.1:" + (BASE_PORT + 3) + "/leaps";
  }

  public void stopSingleServer() throws IOException, InterruptedException {
    run(120, "single.sh", "stop", dir.resolve("single").toString());
  }

  private String run(int timeoutSeconds, String script, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("bash");
    command.add(Path.of("config", "galera", script).toString());
    command.addAll(List.of(args));
    Files.createDirectories(Path.of("target"));
    Path log = Files.createTempFile(Path.of("target"), "galera-", ".log");
    var builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("GALERA_BASE_PORT", Integer.toString(BASE_PORT));
    var process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(script + " did not finish in " + timeoutSeconds + " s");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    System.out.print(output);
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + output);
    }
    return output;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
