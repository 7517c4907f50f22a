package org.leaps.portal.callout.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.leaps.portal.base.TimeConfiguration;
import org.leaps.portal.callout.CalloutSummary;

/** How callout times read: Central time, US style; the clock as m:ss against six minutes. */
final class CalloutFormat {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm:ss a", Locale.US);
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("MMM d, h:mm a", Locale.US);

  private CalloutFormat() {}

  static String when(Instant instant, Clock clock) {
    if (instant == null) {
      return "–";
    }
    ZonedDateTime at = instant.atZone(TimeConfiguration.PROGRAM_ZONE);
    LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.PROGRAM_ZONE));
    return at.toLocalDate().equals(today) ? at.format(TIME) : at.format(DAY_TIME);
  }

  /** "4:07" or "1:02:07". */
  static String duration(Duration d) {
    long s = Math.max(0, d.toSeconds());
    return s >= 3600
        ? String.format(Locale.US, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.US, "%d:%02d", s / 60, s % 60);
  }

  /** The clock text: elapsed against the six-minute goal. */
  static String clock(CalloutSummary c, Instant now) {
    Duration elapsed = c.elapsed(now);
    String text = duration(elapsed);
    if (c.firstOnSceneAt() != null) {
      return text
          + (elapsed.compareTo(CalloutSummary.GOAL) <= 0
              ? " to on scene, within six minutes"
              : " to on scene (goal six minutes)");
    }
    if (!c.state().isOpen()) {
      return text + ", closed without anyone on scene";
    }
    return text
        + (elapsed.compareTo(CalloutSummary.GOAL) <= 0
            ? " since the request (goal: on scene within 6:00)"
            : " since the request: past the six-minute goal");
  }

  static boolean overGoal(CalloutSummary c, Instant now) {
    return c.elapsed(now).compareTo(CalloutSummary.GOAL) > 0;
  }

  static String km(double km, boolean approximate) {
    return (approximate ? "about " : "")
        + String.format(Locale.US, "%.1f km", km)
        + (approximate ? " (approximate)" : "");
  }
}
