package org.leaps.portal.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.leaps.portal.base.domain.AbstractEntity;

/** One recorded action. Written once, never changed or deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends AbstractEntity {

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor_account_id")
  private Long actorAccountId;

  @Column(name = "actor_email", nullable = false, length = 254)
  private String actorEmail;

  @Column(name = "actor_name", nullable = false, length = 120)
  private String actorName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private AuditAction action;

  @Column(name = "subject_type", nullable = false, length = 24)
  private String subjectType;

  @Column(name = "subject_id")
  private Long subjectId;

  @Column(name = "subject_label", length = 200)
  private String subjectLabel;

  /** The agency whose people the action touched; null for statewide actions. */
  @Column(name = "agency_id")
  private Long agencyId;

  @Column(name = "rows_total")
  private Integer rowsTotal;

  @Column(name = "rows_created")
  private Integer rowsCreated;

  @Column(name = "rows_updated")
  private Integer rowsUpdated;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "audit_change", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "seq")
  @BatchSize(size = 100)
  private List<FieldChange> changes = new ArrayList<>();

  protected AuditEvent() {}

  AuditEvent(
      Instant occurredAt,
      Long actorAccountId,
      String actorEmail,
      String actorName,
      AuditAction action,
      String subjectType,
      Long subjectId,
      String subjectLabel,
      Long agencyId) {
    this.occurredAt = occurredAt;
    this.actorAccountId = actorAccountId;
    this.actorEmail = actorEmail;
    this.actorName = actorName;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.subjectLabel =
        subjectLabel == null || subjectLabel.length() <= 200
            ? subjectLabel
            : subjectLabel.substring(0, 199) + "…";
    this.agencyId = agencyId;
  }

  void setRowCounts(int total, int created, int updated) {
    this.rowsTotal = total;
    this.rowsCreated = created;
    this.rowsUpdated = updated;
  }

  void setChanges(List<FieldChange> changes) {
    this.changes = new ArrayList<>(changes);
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Long getActorAccountId() {
    return actorAccountId;
  }

  public String getActorEmail() {
    return actorEmail;
  }

  public String getActorName() {
    return actorName;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public String getSubjectLabel() {
    return subjectLabel;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public Integer getRowsTotal() {
    return rowsTotal;
  }

  public Integer getRowsCreated() {
    return rowsCreated;
  }

  public Integer getRowsUpdated() {
    return rowsUpdated;
  }

  public List<FieldChange> getChanges() {
    return List.copyOf(changes);
  }

  /**
   * Row totals of a bulk action in its own words: an import's new and updated rows, an export's
   * rows written; empty for single-record events.
   */
  public String rowTotals() {
    if (rowsTotal == null) {
      return "";
    }
    String rows = rowsTotal + (rowsTotal == 1 ? " row" : " rows");
    if (action == AuditAction.IMPORT) {
      return rows + ": " + rowsCreated + " new, " + rowsUpdated + " updated";
    }
    return rows + " " + action.label().toLowerCase(java.util.Locale.ROOT);
  }
}
