package org.leaps.portal.base.db;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write in its own transaction and runs it again when the database rolled it back for a
 * write conflict: an InnoDB deadlock, or, on a Galera cluster, a certification failure (both are
 * error 1213, ER_LOCK_DEADLOCK). Only those are retried, because the database guarantees the
 * transaction left nothing behind. A lost connection is not retried: the commit may or may not have
 * happened, so the caller is told (decision 075).
 *
 * <p>Use it for the write paths that several nodes race on (acceptance counting, reminder round
 * claims, the cross-node relay), from outside any transaction.
 */
@Component
public class WriteConflictRetry {

  static final int ER_LOCK_DEADLOCK = 1213;
  static final int ER_LOCK_WAIT_TIMEOUT = 1205;

  private final RetryTemplate retry;
  private final TransactionTemplate transaction;

  WriteConflictRetry(PlatformTransactionManager transactions) {
    this.transaction = new TransactionTemplate(transactions);
    this.retry =
        new RetryTemplate(
            RetryPolicy.builder()
                .predicate(WriteConflictRetry::isWriteConflict)
                .maxRetries(4)
                .delay(Duration.ofMillis(20))
                .multiplier(2.5)
                .jitter(Duration.ofMillis(10))
                .maxDelay(Duration.ofMillis(500))
                .build());
  }

  /** Runs {@code work} in a new transaction, again after each write conflict, up to 4 times. */
  public <T> T inTransaction(Supplier<T> work) {
    try {
      return retry.execute(() -> transaction.execute(status -> work.get()));
    } catch (RetryException e) {
      Throwable last = e.getCause();
      if (last instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(last);
    }
  }

  /** Whether the database rolled the transaction back because of a conflicting write. */
  public static boolean isWriteConflict(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof PessimisticLockingFailureException) {
        return true;
      }
      if (t instanceof SQLException sql
          && (sql.getErrorCode() == ER_LOCK_DEADLOCK
              || sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
