package org.leaps.portal.training.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.leaps.portal.base.TimeConfiguration;
import org.leaps.portal.training.TrainingEvent;

/** Dates and times as the training screens show them. */
final class TrainingFormat {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("h:mm a", Locale.US).withZone(TimeConfiguration.PROGRAM_ZONE);

  private TrainingFormat() {}

  static String day(LocalDate date) {
    return date == null ? "—" : DAY.format(date);
  }

  /** "Mar 3 – 6, 2027" style, or a single day. */
  static String dates(TrainingEvent e) {
    if (e.getStartsOn().equals(e.getEndsOn())) {
      return day(e.getStartsOn());
    }
    return day(e.getStartsOn()) + " – " + day(e.getEndsOn());
  }
}
