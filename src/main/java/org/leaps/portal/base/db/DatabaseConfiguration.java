package org.leaps.portal.base.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One data source for both worlds: the external MariaDB named by {@code LEAPS_DB_URL}, or else an
 * embedded MariaDB started here. Nothing embedded starts when an external URL is set.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(DatabaseSettings settings, EmbeddedServerHolder embedded) {
    var dataSource = new HikariDataSource();
    dataSource.setPoolName("leaps");
    dataSource.setMaximumPoolSize(10);
    // Fail in seconds with one clear line instead of hanging, see DatabaseUnavailableAnalyzer.
    dataSource.setConnectionTimeout(10_000);
    dataSource.setInitializationFailTimeout(10_000);
    if (settings.usesExternalDatabase()) {
      dataSource.setJdbcUrl(settings.url());
      dataSource.setUsername(settings.user());
      dataSource.setPassword(settings.password());
    } else {
      EmbeddedMariaDb server = embedded.server();
      dataSource.setJdbcUrl(server.jdbcUrl(settings.embeddedDatabaseName()));
      dataSource.setUsername("root");
      dataSource.setPassword("");
    }
    return dataSource;
  }

  @Bean(destroyMethod = "close")
  EmbeddedServerHolder embeddedServerHolder(DatabaseSettings settings) {
    return new EmbeddedServerHolder(settings);
  }

  /** Starts the embedded server lazily, and only when no external database is configured. */
  static final class EmbeddedServerHolder implements AutoCloseable {

    private static EmbeddedMariaDb sharedServer;

    private final DatabaseSettings settings;
    private EmbeddedMariaDb ownServer;

    EmbeddedServerHolder(DatabaseSettings settings) {
      this.settings = settings;
    }

    synchronized EmbeddedMariaDb server() {
      if (settings.shareEmbeddedServer()) {
        return shared(settings);
      }
      if (ownServer == null) {
        ownServer =
            EmbeddedMariaDb.start(settings.embeddedDataDir(), settings.embeddedDatabaseName());
      }
      return ownServer;
    }

    private static synchronized EmbeddedMariaDb shared(DatabaseSettings settings) {
      if (sharedServer == null) {
        if (settings.freshEmbeddedData()) {
          deleteRecursively(settings.embeddedDataDir());
        }
        EmbeddedMariaDb server =
            EmbeddedMariaDb.start(settings.embeddedDataDir(), settings.embeddedDatabaseName());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-mariadb-stop"));
        sharedServer = server;
      }
      return sharedServer;
    }

    private static void deleteRecursively(java.nio.file.Path dir) {
      if (!java.nio.file.Files.exists(dir)) {
        return;
      }
      try (var paths = java.nio.file.Files.walk(dir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public synchronized void close() {
      if (ownServer != null) {
        ownServer.close();
      }
    }
  }
}
