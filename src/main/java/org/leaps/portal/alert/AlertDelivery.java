package org.leaps.portal.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.leaps.portal.base.domain.AbstractEntity;

/**
 * One person's copy of an alert: whether they have read and acknowledged it. The person is keyed by
 * email, which both counselor records and portal accounts carry; agency and region are kept as they
 * were at sending time for the tracking counts.
 */
@Entity
@Table(name = "alert_delivery")
public class AlertDelivery extends AbstractEntity {

  /** The longest display name the column keeps (the Liquibase column is as long). */
  static final int DISPLAY_NAME_MAX = 120;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "alert_id")
  private Alert alert;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
  private String displayName;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "counselor_id")
  private Long counselorId;

  @Column(name = "agency_id")
  private Long agencyId;

  @Column(name = "region_code", length = 2)
  private String regionCode;

  /** Shown live in an open portal session, opened in the inbox, or emailed. */
  @Column(name = "reached_at")
  private Instant reachedAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "emailed_at")
  private Instant emailedAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "token_used_at")
  private Instant tokenUsedAt;

  protected AlertDelivery() {}

  /** The name as the column keeps it: at most {@link #DISPLAY_NAME_MAX} characters. */
  static String storedDisplayName(String name) {
    return name.length() <= DISPLAY_NAME_MAX ? name : name.substring(0, DISPLAY_NAME_MAX);
  }

  public Alert getAlert() {
    return alert;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Long getAccountId() {
    return accountId;
  }

  public Long getCounselorId() {
    return counselorId;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public boolean isAcknowledged() {
    return acknowledgedAt != null;
  }

  public Instant getEmailedAt() {
    return emailedAt;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }

  public Instant getTokenUsedAt() {
    return tokenUsedAt;
  }

  public Instant getReachedAt() {
    return reachedAt;
  }

  void useToken(Instant at) {
    tokenUsedAt = at;
  }
}
