package org.leaps.portal.availability.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.leaps.portal.availability.AvailabilityStatus;
import org.leaps.portal.availability.EffectiveStatus;
import org.leaps.portal.availability.WeeklyWindow;
import org.leaps.portal.base.TimeConfiguration;

/** How availability times read on screen: always Central time, in US style. */
final class Times {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE, MMM d, h:mm a", Locale.US);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", Locale.US);

  private Times() {}

  /** "6:00 AM" today, "Tue, Nov 24, 6:00 AM" on another day. */
  static String when(Instant instant, Clock clock) {
    ZonedDateTime at = instant.atZone(TimeConfiguration.PROGRAM_ZONE);
    LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.PROGRAM_ZONE));
    return at.toLocalDate().equals(today) ? at.format(TIME) : at.format(DAY_TIME);
  }

  static String time(LocalTime time) {
    return time.format(TIME);
  }

  static String date(LocalDate date) {
    return date.format(DATE);
  }

  static String day(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.US);
  }

  static String shortDay(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, Locale.US);
  }

  static String window(WeeklyWindow window) {
    return day(window.getDay())
        + " "
        + time(window.getStart())
        + " – "
        + time(window.getEnd())
        + (window.isOvernight() ? " (next day)" : "");
  }

  /** "Set by you until 6:00 PM", "From your on-call schedule until Tue, Nov 24, 6:00 AM", ... */
  static String explain(EffectiveStatus status, Clock clock) {
    String until = status.until() == null ? "" : " until " + when(status.until(), clock);
    return switch (status.source()) {
      case SET ->
          status.status() == AvailabilityStatus.DEPLOYED
              ? "Marked deployed by program staff" + until
              : "Set by you" + (until.isEmpty() ? ", until you change it" : until);
      case EXCEPTION -> "Away dates" + until;
      case SCHEDULE -> "From your on-call schedule" + until;
      case OFF_SCHEDULE -> "Outside your on-call schedule";
    };
  }
}
