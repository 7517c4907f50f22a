package org.leaps.portal.availability;

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
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.leaps.portal.base.domain.AbstractEntity;

/** One counselor's availability settings. Created the first time the counselor changes anything. */
@Entity
@Table(name = "counselor_availability")
class CounselorAvailability extends AbstractEntity {

  @Column(name = "counselor_id", nullable = false, unique = true)
  private Long counselorId;

  /** {@code null}: follow the weekly schedule. */
  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16)
  private AvailabilityStatus status;

  @Column(name = "status_until")
  private Instant statusUntil;

  @Column(name = "status_set_at")
  private Instant statusSetAt;

  /** The status the counselor had when marked deployed, restored when the deployment ends. */
  @Enumerated(EnumType.STRING)
  @Column(name = "prior_status", length = 16)
  private AvailabilityStatus priorStatus;

  @Column(name = "prior_status_until")
  private Instant priorStatusUntil;

  @Column(name = "prior_status_set_at")
  private Instant priorStatusSetAt;

  @Column(name = "quiet_start")
  private LocalTime quietStart;

  @Column(name = "quiet_end")
  private LocalTime quietEnd;

  @Column(name = "pick_me", nullable = false)
  private boolean pickMe;

  /** What the "Find a peer" directory shows (decision 091); nothing until the counselor chooses. */
  @Enumerated(EnumType.STRING)
  @Column(name = "directory_phone", nullable = false, length = 8)
  private DirectoryPhone directoryPhone = DirectoryPhone.NONE;

  @Column(name = "directory_call", nullable = false)
  private boolean directoryCall;

  @Column(name = "directory_text", nullable = false)
  private boolean directoryText;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "availability_window",
      joinColumns = @JoinColumn(name = "availability_id"))
  private Set<WeeklyWindow> windows = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "availability_exception",
      joinColumns = @JoinColumn(name = "availability_id"))
  private Set<DateException> exceptions = new HashSet<>();

  protected CounselorAvailability() {}

  CounselorAvailability(Long counselorId) {
    this.counselorId = counselorId;
  }

  AvailabilityPlan plan() {
    return new AvailabilityPlan(
        status,
        statusUntil,
        List.copyOf(windows),
        List.copyOf(exceptions),
        quietStart,
        quietEnd,
        pickMe);
  }

  Long getCounselorId() {
    return counselorId;
  }

  AvailabilityStatus getStatus() {
    return status;
  }

  Instant getStatusUntil() {
    return statusUntil;
  }

  void setStatus(AvailabilityStatus status, Instant until, Instant setAt) {
    this.status = status;
    this.statusUntil = status == null ? null : until;
    this.statusSetAt = setAt;
  }

  /**
   * Marks the counselor deployed and keeps what they had set before (once: deploying again while
   * deployed keeps the first one).
   */
  void deploy(Instant until, Instant now) {
    if (status != AvailabilityStatus.DEPLOYED) {
      priorStatus = status;
      priorStatusUntil = statusUntil;
      priorStatusSetAt = statusSetAt;
    }
    setStatus(AvailabilityStatus.DEPLOYED, until, now);
  }

  /** Ends a deployment: exactly the status (and its end) the counselor had before comes back. */
  void endDeployment() {
    status = priorStatus;
    statusUntil = priorStatus == null ? null : priorStatusUntil;
    statusSetAt = priorStatusSetAt;
    priorStatus = null;
    priorStatusUntil = null;
    priorStatusSetAt = null;
  }

  void setQuietHours(LocalTime start, LocalTime end) {
    this.quietStart = start;
    this.quietEnd = end;
  }

  void setPickMe(boolean pickMe) {
    this.pickMe = pickMe;
  }

  DirectoryChoice directoryChoice() {
    return new DirectoryChoice(directoryPhone, directoryCall, directoryText);
  }

  void setDirectoryChoice(DirectoryChoice choice) {
    this.directoryPhone = choice.phone();
    this.directoryCall = choice.call();
    this.directoryText = choice.text();
  }

  Set<WeeklyWindow> getWindows() {
    return windows;
  }

  Set<DateException> getExceptions() {
    return exceptions;
  }
}
