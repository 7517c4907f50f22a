package org.leaps.portal.availability;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One weekly on-call window in wall-clock Central time, starting on {@code day}. When {@code end}
 * is not after {@code start} the window runs overnight into the next day (Mon 18:00 to 06:00 ends
 * Tuesday 06:00). Wall-clock times are what a counselor means across daylight-saving switches.
 */
@Embeddable
public class WeeklyWindow {

  private static final int MINUTES_PER_DAY = 24 * 60;
  private static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

  @Enumerated(EnumType.STRING)
  @Column(name = "day_of_week", nullable = false, length = 9)
  private DayOfWeek day;

  @Column(name = "start_time", nullable = false)
  private LocalTime start;

  @Column(name = "end_time", nullable = false)
  private LocalTime end;

  protected WeeklyWindow() {}

  public WeeklyWindow(DayOfWeek day, LocalTime start, LocalTime end) {
    if (start.equals(end)) {
      throw new IllegalArgumentException("From and To must differ");
    }
    this.day = day;
    this.start = start.withSecond(0).withNano(0);
    this.end = end.withSecond(0).withNano(0);
  }

  public DayOfWeek getDay() {
    return day;
  }

  public LocalTime getStart() {
    return start;
  }

  public LocalTime getEnd() {
    return end;
  }

  public boolean isOvernight() {
    return !end.isAfter(start);
  }

  /** Start minute within the week, Monday 00:00 = 0. */
  int startMinuteOfWeek() {
    return (day.getValue() - 1) * MINUTES_PER_DAY + start.getHour() * 60 + start.getMinute();
  }

  int lengthMinutes() {
    int s = start.getHour() * 60 + start.getMinute();
    int e = end.getHour() * 60 + end.getMinute();
    return e > s ? e - s : e + MINUTES_PER_DAY - s;
  }

  /** Whether this wall-clock moment falls in the window (start inclusive, end exclusive). */
  public boolean contains(LocalDateTime local) {
    return containsMinuteOfWeek(minuteOfWeek(local));
  }

  boolean containsMinuteOfWeek(int minuteOfWeek) {
    int offset = Math.floorMod(minuteOfWeek - startMinuteOfWeek(), MINUTES_PER_WEEK);
    return offset < lengthMinutes();
  }

  static int minuteOfWeek(LocalDateTime local) {
    return (local.getDayOfWeek().getValue() - 1) * MINUTES_PER_DAY
        + local.getHour() * 60
        + local.getMinute();
  }

  /** The wall-clock end of the occurrence that contains {@code local}. */
  LocalDateTime endOfOccurrence(LocalDateTime local) {
    int offset = Math.floorMod(minuteOfWeek(local) - startMinuteOfWeek(), MINUTES_PER_WEEK);
    LocalDateTime occurrenceStart = local.withSecond(0).withNano(0).minusMinutes(offset);
    return occurrenceStart.plusMinutes(lengthMinutes());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeeklyWindow w
        && day == w.day
        && start.equals(w.start)
        && end.equals(w.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(day, start, end);
  }

  @Override
  public String toString() {
    return day + " " + start + "–" + end;
  }
}
