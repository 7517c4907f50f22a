package org.leaps.portal.alert;

import java.time.Instant;
import java.util.Set;
import org.leaps.portal.security.PortalUser;

/** What every node pushes to its open sessions after it reads the alert event table. */
public sealed interface AlertSignal {

  long alertId();

  /**
   * Whether this signal changes anything on this person's own pages (their bell and its critical
   * dialog). The hub hands a bell only the signals that concern its person, so one person's
   * acknowledgement during a statewide alert is not handed to every other open session.
   */
  default boolean concerns(PortalUser user) {
    // Asked of every open page for every acknowledgement: no lower-casing copy unless needed.
    String email = user.email();
    return switch (this) {
      case Sent sent -> sent.isFor(user);
      case Acknowledged ack -> email != null && email.equalsIgnoreCase(ack.email());
      case Reminded reminded ->
          email != null && reminded.emails().contains(email.toLowerCase(java.util.Locale.ROOT));
      case Closed closed -> true;
    };
  }

  /**
   * A new alert, with the keys of everyone it reaches, and of those who had already read or
   * acknowledged it when this node picked it up (in another tab, on another node, or through the
   * email link), so their bell does not count it again.
   */
  record Sent(
      long alertId,
      String title,
      String message,
      Severity severity,
      boolean ackRequired,
      Instant sentAt,
      String senderName,
      Set<String> emails,
      Set<Long> accountIds,
      Settled settled)
      implements AlertSignal {

    /** The same signal, with who had already read or acknowledged the alert. */
    public Sent withSettled(Settled now) {
      return new Sent(
          alertId,
          title,
          message,
          severity,
          ackRequired,
          sentAt,
          senderName,
          emails,
          accountIds,
          now);
    }

    public boolean isFor(PortalUser user) {
      return isFor(user.email(), user.accountId());
    }

    public boolean isFor(String email, Long accountId) {
      return (email != null && emails.contains(email.toLowerCase(java.util.Locale.ROOT)))
          || (accountId != null && accountIds.contains(accountId));
    }
  }

  /**
   * Who had read ({@code read}) or acknowledged ({@code acknowledged}) an alert: keys are {@code
   * "e:"} plus the lower-case email, or {@code "a:"} plus the account id.
   */
  record Settled(Set<String> read, Set<String> acknowledged) {

    public static final Settled NONE = new Settled(Set.of(), Set.of());

    public static String emailKey(String email) {
      return "e:" + email.toLowerCase(java.util.Locale.ROOT);
    }

    public static String accountKey(long accountId) {
      return "a:" + accountId;
    }

    public boolean hasRead(PortalUser user) {
      return matches(read, user);
    }

    public boolean hasAcknowledged(PortalUser user) {
      return matches(acknowledged, user);
    }

    private static boolean matches(Set<String> keys, PortalUser user) {
      if (keys.isEmpty()) {
        return false;
      }
      return (user.email() != null && keys.contains(emailKey(user.email())))
          || (user.accountId() != null && keys.contains(accountKey(user.accountId())));
    }
  }

  /** Someone acknowledged; tracking views refresh, the person's other sessions update. */
  record Acknowledged(long alertId, String email) implements AlertSignal {}

  /** A reminder went to those who have not acknowledged. */
  record Reminded(long alertId, String title, Set<String> emails) implements AlertSignal {}

  /** The director closed the alert, or it expired (announced once by AlertReminderJob). */
  record Closed(long alertId) implements AlertSignal {}
}
