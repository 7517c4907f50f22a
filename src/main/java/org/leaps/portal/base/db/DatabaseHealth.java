package org.leaps.portal.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The database part of {@code /actuator/health}: a fresh connection (not one from the pool, which
 * may be busy or stuck) with short connect and read timeouts, so a stalled or dead server reads
 * DOWN within seconds, and the status description says why.
 */
final class DatabaseHealth implements HealthIndicator {

  /** Connect and answer timeout of the check; DOWN shows well within 10 s. */
  static final int TIMEOUT_MILLIS = 3_000;

  private final HikariDataSource dataSource;

  DatabaseHealth(HikariDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Health health() {
    var properties = new Properties();
    if (dataSource.getUsername() != null) {
      properties.setProperty("user", dataSource.getUsername());
    }
    if (dataSource.getPassword() != null) {
      properties.setProperty("password", dataSource.getPassword());
    }
    properties.setProperty("connectTimeout", Integer.toString(TIMEOUT_MILLIS));
    properties.setProperty("socketTimeout", Integer.toString(TIMEOUT_MILLIS));
    try (var connection = DriverManager.getConnection(dataSource.getJdbcUrl(), properties);
        var statement = connection.createStatement()) {
      statement.execute("select 1");
      return Health.up().build();
    } catch (SQLException e) {
      return Health.status(new Status("DOWN", cause(e))).build();
    }
  }

  private static String cause(SQLException error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = String.valueOf(root.getMessage()).toLowerCase(java.util.Locale.ROOT);
    if (root instanceof java.net.SocketTimeoutException || text.contains("timed out")) {
      return "The database did not answer within " + TIMEOUT_MILLIS / 1000 + " s (stalled)";
    }
    if (root instanceof java.net.ConnectException || text.contains("refused")) {
      return "The database refuses connections (not running)";
    }
    return "The database cannot be reached: " + root.getClass().getSimpleName();
  }
}
