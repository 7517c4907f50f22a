package org.leaps.portal.base.db;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/** Turns "cannot connect to the database" into one line naming the URL, not a long stack trace. */
class DatabaseUnavailableAnalyzer extends AbstractFailureAnalyzer<SQLException> {

  private final Environment environment;

  DatabaseUnavailableAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
    String url = environment.getProperty("leaps.db.url", "(embedded MariaDB)");
    return new FailureAnalysis(
        "The database at " + url + " cannot be reached: " + cause.getMessage(),
        "Check LEAPS_DB_URL, LEAPS_DB_USER and LEAPS_DB_PASSWORD, or unset LEAPS_DB_URL to use"
            + " the embedded database.",
        cause);
  }
}
