package org.leaps.portal.alert;

import java.time.Instant;
import java.util.List;

/** Acknowledgement counts of one alert per agency and per region, and its reminder rounds. */
public record Tracking(
    AlertSummary alert,
    boolean active,
    List<Row> byAgency,
    List<Row> byRegion,
    Reminders reminders) {

  /**
   * @param reached reached (live, opened or emailed) but not yet acknowledged
   * @param notYet not reached at all yet
   */
  public record Row(String name, long total, long acknowledged, long reached, long notYet) {}

  /**
   * Reminder rounds of the alert.
   *
   * @param sent rounds sent so far
   * @param max rounds an alert gets at most (the setting now)
   * @param last when the last round went out; null before the first
   * @param nextDue when the next round is due; null when no further round will go (acknowledgement
   *     not required, alert closed or expired, everyone acknowledged, all rounds sent, or the alert
   *     expires first)
   */
  public record Reminders(int sent, int max, Instant last, Instant nextDue) {}

  public long total() {
    return byRegion.stream().mapToLong(Row::total).sum();
  }

  public long acknowledged() {
    return byRegion.stream().mapToLong(Row::acknowledged).sum();
  }
}
