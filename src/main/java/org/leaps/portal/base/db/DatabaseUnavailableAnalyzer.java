package org.leaps.portal.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports an unreachable database as one message naming the URL, not a long stack trace. */
class DatabaseUnavailableAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Check LEAPS_DB_URL, LEAPS_DB_USER and LEAPS_DB_PASSWORD, or unset LEAPS_DB_URL to use the"
            + " embedded database.",
        cause);
  }
}
