package org.leaps.portal.alert;

import java.time.Instant;
import java.util.Set;
import org.leaps.portal.security.PortalUser;

/** What every node pushes to its open sessions after it reads the alert event table. */
public sealed interface AlertSignal {

  long alertId();

  /** A new alert, with the keys of everyone it reaches. */
  record Sent(
      long alertId,
      String title,
      String message,
      Severity severity,
      boolean ackRequired,
      Instant sentAt,
      String senderName,
      Set<String> emails,
      Set<Long> accountIds)
      implements AlertSignal {

    public boolean isFor(PortalUser user) {
      return isFor(user.email(), user.accountId());
    }

    public boolean isFor(String email, Long accountId) {
      return (email != null && emails.contains(email.toLowerCase(java.util.Locale.ROOT)))
          || (accountId != null && accountIds.contains(accountId));
    }
  }

  /** Someone acknowledged; tracking views refresh, the person's other sessions update. */
  record Acknowledged(long alertId, String email) implements AlertSignal {}

  /** A reminder went to those who have not acknowledged. */
  record Reminded(long alertId, String title, Set<String> emails) implements AlertSignal {}

  /** The director closed the alert, or it expired (announced once by AlertReminderJob). */
  record Closed(long alertId) implements AlertSignal {}
}
