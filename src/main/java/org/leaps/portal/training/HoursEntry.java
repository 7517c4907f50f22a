package org.leaps.portal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.leaps.portal.base.domain.AbstractEntity;

/**
 * One line of the hours log: a completion of a training event, or (kind {@code null} event) the
 * facts carried over from a counselor record kept by hand before the log existed. The counselor's
 * course date, continuing-education hours and recertification due date are derived from these.
 */
@Entity
@Table(name = "training_hours")
public class HoursEntry extends AbstractEntity {

  @Column(name = "counselor_id")
  private Long counselorId;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "agency_id", nullable = false)
  private Long agencyId;

  @Column(name = "enrollment_id")
  private Long enrollmentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private HoursKind kind;

  @Column(nullable = false, length = 150)
  private String title;

  @Column(nullable = false)
  private int hours;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  /** For a carried-over entry: the recertification due date the hand-kept record had. */
  @Column(name = "carried_due")
  private LocalDate carriedDue;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 120)
  private String recordedBy;

  protected HoursEntry() {}

  HoursEntry(
      Long counselorId,
      String email,
      Long agencyId,
      Long enrollmentId,
      HoursKind kind,
      String title,
      int hours,
      LocalDate completedOn,
      LocalDate carriedDue,
      Instant recordedAt,
      String recordedBy) {
    this.counselorId = counselorId;
    this.email = email;
    this.agencyId = agencyId;
    this.enrollmentId = enrollmentId;
    this.kind = kind;
    this.title = title;
    this.hours = hours;
    this.completedOn = completedOn;
    this.carriedDue = carriedDue;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  void linkCounselor(Long counselorId) {
    this.counselorId = counselorId;
  }

  void correct(int hours, LocalDate completedOn) {
    this.hours = hours;
    this.completedOn = completedOn;
  }

  public Long getCounselorId() {
    return counselorId;
  }

  public String getEmail() {
    return email;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public Long getEnrollmentId() {
    return enrollmentId;
  }

  public HoursKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public int getHours() {
    return hours;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public LocalDate getCarriedDue() {
    return carriedDue;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  /** The entry as the rule reads it. */
  RecertificationRule.Entry ruleEntry() {
    return new RecertificationRule.Entry(kind, hours, completedOn, carriedDue);
  }
}
