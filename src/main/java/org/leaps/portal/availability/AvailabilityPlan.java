package org.leaps.portal.availability;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * An immutable copy of one counselor's availability settings, and the one rule that turns them into
 * the status at an instant. Used by the counselor's screen, the in-memory index and the tests.
 *
 * <p>Precedence: a set status while its "until" is in the future (or has none); otherwise a date
 * exception makes the counselor unavailable; otherwise a weekly window makes them on call;
 * otherwise they are unavailable. A status whose "until" has passed is never current.
 */
public record AvailabilityPlan(
    AvailabilityStatus status,
    Instant statusUntil,
    List<WeeklyWindow> windows,
    List<DateException> exceptions,
    LocalTime quietStart,
    LocalTime quietEnd,
    boolean pickMe) {

  public static final AvailabilityPlan NONE =
      new AvailabilityPlan(null, null, List.of(), List.of(), null, null, false);

  public AvailabilityPlan {
    windows = List.copyOf(windows);
    exceptions = List.copyOf(exceptions);
  }

  /**
   * The same plan with this status set by the counselor (until {@code until}, or until changed).
   */
  AvailabilityPlan withStatus(AvailabilityStatus newStatus, Instant until) {
    return new AvailabilityPlan(
        newStatus,
        newStatus == null ? null : until,
        windows,
        exceptions,
        quietStart,
        quietEnd,
        pickMe);
  }

  /** The effective status at {@code now}, read in {@code zone}. */
  public EffectiveStatus at(Instant now, ZoneId zone) {
    return at(now, LocalDateTime.ofInstant(now, zone), zone);
  }

  /**
   * Same as {@link #at(Instant, ZoneId)} with the wall-clock time already worked out, so that a
   * query over many counselors converts the instant once.
   */
  EffectiveStatus at(Instant now, LocalDateTime local, ZoneId zone) {
    if (status != null && (statusUntil == null || statusUntil.isAfter(now))) {
      return new EffectiveStatus(status, StatusSource.SET, statusUntil);
    }
    for (DateException exception : exceptions) {
      if (exception.covers(now)) {
        return new EffectiveStatus(
            AvailabilityStatus.UNAVAILABLE, StatusSource.EXCEPTION, exception.getEndsAt());
      }
    }
    for (WeeklyWindow window : windows) {
      if (window.contains(local)) {
        Instant end = window.endOfOccurrence(local).atZone(zone).toInstant();
        return new EffectiveStatus(AvailabilityStatus.ON_CALL, StatusSource.SCHEDULE, end);
      }
    }
    return new EffectiveStatus(AvailabilityStatus.UNAVAILABLE, StatusSource.OFF_SCHEDULE, null);
  }

  /**
   * Just the status, without working out until when: the hot path of "who can respond now". Same
   * precedence as {@link #at(Instant, ZoneId)}.
   */
  AvailabilityStatus statusAt(Instant now, int minuteOfWeek) {
    if (status != null && (statusUntil == null || statusUntil.isAfter(now))) {
      return status;
    }
    for (DateException exception : exceptions) {
      if (exception.covers(now)) {
        return AvailabilityStatus.UNAVAILABLE;
      }
    }
    for (WeeklyWindow window : windows) {
      if (window.containsMinuteOfWeek(minuteOfWeek)) {
        return AvailabilityStatus.ON_CALL;
      }
    }
    return AvailabilityStatus.UNAVAILABLE;
  }

  /**
   * The one rule of the "Find a peer" directory: listed while the counselor can respond now and is
   * not inside quiet hours. Quiet hours never change the status, but nobody is offered for a call
   * in them.
   */
  public static boolean openToPeers(AvailabilityStatus statusNow, boolean inQuietHours) {
    return statusNow.canRespond() && !inQuietHours;
  }

  /** Quiet hours are for notifications only; they never change the status. */
  public boolean inQuietHours(LocalTime time) {
    return QuietHours.covers(quietStart, quietEnd, time);
  }
}
