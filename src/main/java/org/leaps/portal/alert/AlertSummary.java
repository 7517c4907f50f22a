package org.leaps.portal.alert;

import java.time.Instant;

/** An alert in lists: what and when, not who. */
public record AlertSummary(
    long id,
    String title,
    Severity severity,
    Instant sentAt,
    Instant expiresAt,
    Instant closedAt,
    boolean ackRequired,
    int recipients,
    String senderName) {

  static AlertSummary of(Alert a) {
    return new AlertSummary(
        a.getId(),
        a.getTitle(),
        a.getSeverity(),
        a.getSentAt(),
        a.getExpiresAt(),
        a.getClosedAt(),
        a.isAckRequired(),
        a.getRecipientCount(),
        a.getSenderName());
  }
}
