package org.leaps.portal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.leaps.portal.base.domain.AbstractEntity;

/**
 * One officer's place in a training event: enrolled, waitlisted (in order of {@code requestedAt})
 * or withdrawn; checked in when they attended; completed on a date. Officers who are not yet
 * counselors are enrolled by name, email and agency.
 */
@Entity
@Table(name = "training_enrollment")
public class Enrollment extends AbstractEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id")
  private TrainingEvent event;

  @Column(name = "event_id", insertable = false, updatable = false)
  private Long eventId;

  @Column(name = "agency_id", nullable = false)
  private Long agencyId;

  @Column(name = "counselor_id")
  private Long counselorId;

  @Column(name = "first_name", nullable = false, length = 60)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 60)
  private String lastName;

  @Column(nullable = false, length = 254)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EnrollmentState state;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "checked_in_at")
  private Instant checkedInAt;

  @Column(name = "checked_in_by", length = 120)
  private String checkedInBy;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  protected Enrollment() {}

  Enrollment(TrainingEvent event, Person person, EnrollmentState state, Instant requestedAt) {
    this.event = event;
    this.eventId = event.getId();
    this.agencyId = person.agencyId();
    this.counselorId = person.counselorId();
    this.firstName = person.firstName();
    this.lastName = person.lastName();
    this.email = person.email();
    this.state = state;
    this.requestedAt = requestedAt;
  }

  /** Who is enrolled: a counselor (with their id) or an officer who is not one yet. */
  record Person(Long counselorId, long agencyId, String firstName, String lastName, String email) {}

  void rejoin(Long counselorId, EnrollmentState state, Instant requestedAt) {
    this.counselorId = counselorId;
    this.state = state;
    this.requestedAt = requestedAt;
    this.checkedInAt = null;
    this.checkedInBy = null;
    this.completedOn = null;
  }

  void setState(EnrollmentState state) {
    this.state = state;
  }

  void linkCounselor(Long counselorId) {
    this.counselorId = counselorId;
  }

  void complete(LocalDate on) {
    this.completedOn = on;
  }

  public TrainingEvent getEvent() {
    return event;
  }

  public Long getEventId() {
    return eventId;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public Long getCounselorId() {
    return counselorId;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getFullName() {
    return firstName + " " + lastName;
  }

  public String getEmail() {
    return email;
  }

  public EnrollmentState getState() {
    return state;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getCheckedInAt() {
    return checkedInAt;
  }

  public String getCheckedInBy() {
    return checkedInBy;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public boolean isAttended() {
    return checkedInAt != null;
  }
}
