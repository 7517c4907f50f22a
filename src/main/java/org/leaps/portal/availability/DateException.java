package org.leaps.portal.availability;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Dates a counselor is away (vacation, training). Entered as whole Central-time days, stored as the
 * instants of the first day's midnight and the midnight after the last day.
 */
@Embeddable
public class DateException {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private ExceptionKind kind;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  protected DateException() {}

  public DateException(ExceptionKind kind, Instant startsAt, Instant endsAt) {
    if (!endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("The end must be after the start");
    }
    this.kind = kind;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  /** Whole days, first to last inclusive, in the given zone. */
  public static DateException days(
      ExceptionKind kind, LocalDate first, LocalDate last, ZoneId zone) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("To date must be on or after From date");
    }
    return new DateException(
        kind,
        first.atStartOfDay(zone).toInstant(),
        last.plusDays(1).atStartOfDay(zone).toInstant());
  }

  public ExceptionKind getKind() {
    return kind;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public LocalDate firstDay(ZoneId zone) {
    return startsAt.atZone(zone).toLocalDate();
  }

  public LocalDate lastDay(ZoneId zone) {
    return endsAt.atZone(zone).toLocalDate().minusDays(1);
  }

  public boolean covers(Instant instant) {
    return !instant.isBefore(startsAt) && instant.isBefore(endsAt);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateException e
        && kind == e.kind
        && startsAt.equals(e.startsAt)
        && endsAt.equals(e.endsAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, startsAt, endsAt);
  }
}
