package org.leaps.portal.alert;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.leaps.portal.base.domain.AbstractEntity;
import org.leaps.portal.security.Role;

/**
 * An alert: what it says, whom it was for, and whether it is still active. Until "Send now" it may
 * be prepared and unsent (decision 138): then nobody sees it, and only its sender can send it.
 */
@Entity
@Table(name = "alert")
public class Alert extends AbstractEntity {

  public static final int TITLE_MAX = 120;
  public static final int MESSAGE_MAX = 2000;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(nullable = false, length = MESSAGE_MAX)
  private String message;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Severity severity;

  @Column(name = "audience_statewide", nullable = false)
  private boolean audienceStatewide;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "alert_region", joinColumns = @JoinColumn(name = "alert_id"))
  @Column(name = "region_code", nullable = false, length = 2)
  private Set<String> regionCodes = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "alert_agency", joinColumns = @JoinColumn(name = "alert_id"))
  @Column(name = "agency_id", nullable = false)
  private Set<Long> agencyIds = new HashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "audience_role", length = 16)
  private Role audienceRole;

  @Column(name = "ack_required", nullable = false)
  private boolean ackRequired;

  /** False while prepared for "Send this alert?": stored with its deliveries, seen by nobody. */
  @Column(name = "sent", nullable = false)
  private boolean sent = true;

  /** When it was sent; while unsent, when it was prepared. */
  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** When the last reminder round went out. */
  @Column(name = "reminded_at")
  private Instant remindedAt;

  /** How many reminder rounds went out. */
  @Column(name = "reminder_count", nullable = false)
  private int reminderCount;

  /** When a node announced that the alert expired (so open sessions let go of it). */
  @Column(name = "expiry_noticed_at")
  private Instant expiryNoticedAt;

  @Column(name = "sender_account_id")
  private Long senderAccountId;

  @Column(name = "sender_name", nullable = false, length = 120)
  private String senderName;

  @Column(name = "recipient_count", nullable = false)
  private int recipientCount;

  protected Alert() {}

  Alert(AlertDraft draft, Instant sentAt, Long senderAccountId, String senderName) {
    this.title = draft.title().strip();
    this.message = draft.message().strip();
    this.severity = draft.severity();
    this.audienceStatewide = draft.statewide();
    this.regionCodes.addAll(draft.regionCodes());
    this.agencyIds.addAll(draft.agencyIds());
    this.audienceRole = draft.role();
    this.ackRequired = draft.ackRequired();
    this.expiresAt = draft.expiresAt();
    this.sentAt = sentAt;
    this.senderAccountId = senderAccountId;
    this.senderName = senderName;
  }

  /**
   * An alert stored unsent, with its deliveries, while its sender reads "Send this alert?"; "Send
   * now" marks it sent ({@link AlertRepository#markSent}).
   */
  static Alert unsent(
      AlertDraft draft, Instant preparedAt, Long senderAccountId, String senderName) {
    Alert alert = new Alert(draft, preparedAt, senderAccountId, senderName);
    alert.sent = false;
    return alert;
  }

  public boolean isSent() {
    return sent;
  }

  public boolean isActive(Instant now) {
    return closedAt == null && expiresAt.isAfter(now);
  }

  public String getTitle() {
    return title;
  }

  public String getMessage() {
    return message;
  }

  public Severity getSeverity() {
    return severity;
  }

  public boolean isAudienceStatewide() {
    return audienceStatewide;
  }

  public Set<String> getRegionCodes() {
    return Set.copyOf(regionCodes);
  }

  public Set<Long> getAgencyIds() {
    return Set.copyOf(agencyIds);
  }

  public Role getAudienceRole() {
    return audienceRole;
  }

  public boolean isAckRequired() {
    return ackRequired;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  void close(Instant at) {
    if (closedAt == null) {
      closedAt = at;
    }
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }

  public int getReminderCount() {
    return reminderCount;
  }

  public Instant getExpiryNoticedAt() {
    return expiryNoticedAt;
  }

  public Long getSenderAccountId() {
    return senderAccountId;
  }

  public String getSenderName() {
    return senderName;
  }

  public int getRecipientCount() {
    return recipientCount;
  }

  void setRecipientCount(int recipientCount) {
    this.recipientCount = recipientCount;
  }
}
