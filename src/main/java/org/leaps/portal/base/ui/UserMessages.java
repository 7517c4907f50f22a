package org.leaps.portal.base.ui;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What a person reads when something fails on the server: what happened, in their words, and what
 * to do. Exception text (SQL, stack traces, connection ids) goes to the log only.
 */
public final class UserMessages {

  private static final Logger log = LoggerFactory.getLogger(UserMessages.class);

  /** A MariaDB duplicate-key message names the unique key, e.g. {@code uk_counselor_email}. */
  private static final Pattern DUPLICATE_KEY =
      Pattern.compile("Duplicate entry .* for key '(?:[^'.]*\\.)?([^']+)'");

  public static final String DATABASE_UNAVAILABLE =
      "The database cannot be reached right now, so nothing was saved. Your entries are still"
          + " here: try again in a minute.";

  public static final String CHANGED_MEANWHILE =
      "Someone else saved a change to the same record at the same moment, so nothing was saved."
          + " Reload to see their change, then try again.";

  public static final String UNEXPECTED =
      "Something went wrong on the server and nothing was saved. Try again; if it keeps"
          + " happening, tell the program office the time it happened.";

  private UserMessages() {}

  /** The kind of failure, for callers that react differently (for example re-show a preview). */
  public enum Kind {
    DATABASE_UNAVAILABLE,
    DUPLICATE,
    CHANGED_MEANWHILE,
    UNEXPECTED
  }

  public static Kind kind(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DataIntegrityViolationException
          || t instanceof SQLIntegrityConstraintViolationException) {
        return Kind.DUPLICATE;
      }
      if (t instanceof OptimisticLockingFailureException
          || t instanceof jakarta.persistence.OptimisticLockException
          || t instanceof PessimisticLockingFailureException) {
        return Kind.CHANGED_MEANWHILE;
      }
      if (t instanceof CannotCreateTransactionException
          || t instanceof CannotGetJdbcConnectionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof QueryTimeoutException
          || t instanceof TransientDataAccessException
          || t instanceof TransactionSystemException
          || t instanceof SQLTransientException
          || t instanceof SQLRecoverableException
          || t instanceof java.sql.SQLNonTransientConnectionException
          || t instanceof java.net.ConnectException
          || t instanceof org.hibernate.exception.JDBCConnectionException) {
        return Kind.DATABASE_UNAVAILABLE;
      }
    }
    return Kind.UNEXPECTED;
  }

  /** The message for a failure; logs the failure with its stack trace. */
  public static String describe(Throwable error) {
    Kind kind = kind(error);
    if (kind == Kind.DATABASE_UNAVAILABLE) {
      log.warn("Database unavailable: {}", error.toString(), error);
    } else {
      log.error("Request failed ({})", kind, error);
    }
    return switch (kind) {
      case DATABASE_UNAVAILABLE -> DATABASE_UNAVAILABLE;
      case CHANGED_MEANWHILE -> CHANGED_MEANWHILE;
      case DUPLICATE -> duplicate(error);
      case UNEXPECTED -> UNEXPECTED;
    };
  }

  private static String duplicate(Throwable error) {
    String key = "";
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Matcher m = DUPLICATE_KEY.matcher(String.valueOf(t.getMessage()));
      if (m.find()) {
        key = m.group(1).toLowerCase(Locale.ROOT);
        break;
      }
    }
    String what =
        key.contains("email")
            ? "a counselor with the same email"
            : key.contains("badge")
                ? "a counselor with the same badge number"
                : key.contains("code") ? "an entry with the same code" : "the same entry";
    return "Someone else saved "
        + what
        + " at the same moment (duplicate "
        + (key.contains("email") ? "email" : key.contains("badge") ? "badge number" : "value")
        + "), so nothing was saved. Look at the current records, then try again.";
  }
}
