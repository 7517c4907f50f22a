package org.leaps.portal.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One data source for both worlds: the external MariaDB named by {@code LEAPS_DB_URL}, or else an
 * embedded MariaDB started here. Nothing embedded starts when an external URL is set.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  /**
   * How long a pooled connection waits for the server's answer to one statement: the pool's own
   * timeout, so a request never waits longer for an answer than for a connection. The slowest
   * statements a request runs take well under a second (decision 074).
   */
  static final int SOCKET_TIMEOUT_MILLIS = 10_000;

  /** How long opening a new connection (TCP and handshake) may take. */
  static final int CONNECT_TIMEOUT_MILLIS = 5_000;

  /**
   * Liquibase's connection waits for the server as long as a migration takes (an index on a large
   * table may take minutes); the pool resets the timeout when the connection comes back.
   */
  @Bean
  static org.springframework.beans.factory.config.BeanPostProcessor migrationsWithoutTimeout() {
    return new org.springframework.beans.factory.config.BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof liquibase.integration.spring.SpringLiquibase liquibase
            && liquibase.getDataSource() != null) {
          liquibase.setDataSource(new NoNetworkTimeout(liquibase.getDataSource()));
        }
        return bean;
      }
    };
  }

  /** Hands out connections that wait for the server without a time limit. */
  static final class NoNetworkTimeout
      extends org.springframework.jdbc.datasource.DelegatingDataSource {

    NoNetworkTimeout(javax.sql.DataSource target) {
      super(target);
    }

    @Override
    public java.sql.Connection getConnection() throws SQLException {
      var connection = super.getConnection();
      connection.setNetworkTimeout(Runnable::run, 0);
      return connection;
    }
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(DatabaseSettings settings, EmbeddedServerHolder embedded) {
    var dataSource = new HikariDataSource();
    dataSource.setPoolName("leaps");
    // Requests hold a connection for their whole transaction, Java work included; on two busy
    // cores ten were too few for a crowd signing in at once (decision 108).
    dataSource.setMaximumPoolSize(20);
    // Fail in seconds with one clear line instead of hanging, see DatabaseUnavailableAnalyzer.
    dataSource.setConnectionTimeout(10_000);
    dataSource.setInitializationFailTimeout(10_000);
    // Checking an idle connection before handing it out adds at most this to a request's wait.
    dataSource.setValidationTimeout(2_000);
    // A server that stops answering mid-query fails the request after this long instead of holding
    // its thread forever (decision 074); schema migrations are exempt, see
    // migrationsWithoutTimeout.
    dataSource.addDataSourceProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_MILLIS));
    dataSource.addDataSourceProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_MILLIS));
    if (settings.usesExternalDatabase()) {
      requireReachable(settings);
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

  /**
   * Tries the external database for up to ten seconds before the pool starts, so that an
   * unreachable server is reported in one line that names the URL instead of a pool stack trace.
   */
  private static void requireReachable(DatabaseSettings settings) {
    var properties = new Properties();
    if (settings.user() != null) {
      properties.setProperty("user", settings.user());
    }
    if (settings.password() != null) {
      properties.setProperty("password", settings.password());
    }
    properties.setProperty("connectTimeout", "3000");
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    SQLException last;
    do {
      try (var ignored = DriverManager.getConnection(settings.url(), properties)) {
        return;
      } catch (SQLException e) {
        last = e;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    } while (System.nanoTime() < deadline);
    var unavailable = new DatabaseUnavailableException(settings.url(), last);
    LoggerFactory.getLogger(DatabaseConfiguration.class).error(unavailable.getMessage());
    throw unavailable;
  }

  /** Replaces Boot's pool-based check (named the same), which hangs while the database stalls. */
  @Bean
  org.springframework.boot.health.contributor.HealthIndicator dbHealthIndicator(
      HikariDataSource dataSource) {
    return new DatabaseHealth(dataSource);
  }

  @Bean(destroyMethod = "close")
  EmbeddedServerHolder embeddedServerHolder(DatabaseSettings settings) {
    return new EmbeddedServerHolder(settings);
  }

  @Bean
  EmbeddedServerWatchdog embeddedServerWatchdog(EmbeddedServerHolder embedded) {
    return new EmbeddedServerWatchdog(embedded);
  }

  /**
   * Brings the embedded server back when its process dies, on the same port and data directory, a
   * bounded number of times (each restart is logged as an error).
   */
  static final class EmbeddedServerWatchdog {

    /** Restarts per server before the portal gives up and says so in the log. */
    static final int MAX_RESTARTS = 3;

    private final EmbeddedServerHolder embedded;

    EmbeddedServerWatchdog(EmbeddedServerHolder embedded) {
      this.embedded = embedded;
    }

    @org.springframework.scheduling.annotation.Scheduled(
        fixedDelayString = "${leaps.db.embedded-watch-millis:2000}")
    void check() {
      EmbeddedMariaDb server = embedded.startedServer();
      if (server != null) {
        server.restartIfDied(MAX_RESTARTS);
      }
    }
  }

  /** Starts the embedded server lazily, and only when no external database is configured. */
  static final class EmbeddedServerHolder implements AutoCloseable {

    private static EmbeddedMariaDb sharedServer;

    private final DatabaseSettings settings;
    private EmbeddedMariaDb ownServer;

    EmbeddedServerHolder(DatabaseSettings settings) {
      this.settings = settings;
    }

    /** The server if one was started (none with an external database). */
    synchronized EmbeddedMariaDb startedServer() {
      if (settings.usesExternalDatabase()) {
        return null;
      }
      if (settings.shareEmbeddedServer()) {
        synchronized (EmbeddedServerHolder.class) {
          return sharedServer;
        }
      }
      return ownServer;
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

    private static void deleteRecursively(Path dir) {
      if (!Files.exists(dir)) {
        return;
      }
      try (var paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
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
