package org.leaps.portal.alert;

import java.time.Instant;

/** One alert as its recipient sees it. */
public record InboxItem(
    long alertId,
    String title,
    String message,
    Severity severity,
    String senderName,
    Instant sentAt,
    Instant expiresAt,
    boolean ackRequired,
    boolean active,
    boolean read,
    boolean acknowledged) {

  /** The same item once its person has opened it. */
  InboxItem asRead() {
    return new InboxItem(
        alertId,
        title,
        message,
        severity,
        senderName,
        sentAt,
        expiresAt,
        ackRequired,
        active,
        true,
        acknowledged);
  }

  static InboxItem of(AlertDelivery d, Instant now) {
    Alert a = d.getAlert();
    return new InboxItem(
        a.getId(),
        a.getTitle(),
        a.getMessage(),
        a.getSeverity(),
        a.getSenderName(),
        a.getSentAt(),
        a.getExpiresAt(),
        a.isAckRequired(),
        a.isActive(now),
        d.getReadAt() != null,
        d.isAcknowledged());
  }

  public String status() {
    if (acknowledged) {
      return "Acknowledged";
    }
    if (ackRequired && active) {
      return "Please acknowledge";
    }
    return read ? "Read" : "Unread";
  }
}
