package org.leaps.portal.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff account the director has allowed to send alerts. */
@Entity
@Table(name = "alert_sender")
class AlertSender {

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  @Column(name = "granted_by", nullable = false, length = 120)
  private String grantedBy;

  protected AlertSender() {}

  AlertSender(Long accountId, Instant grantedAt, String grantedBy) {
    this.accountId = accountId;
    this.grantedAt = grantedAt;
    this.grantedBy = grantedBy;
  }

  Long getAccountId() {
    return accountId;
  }
}
