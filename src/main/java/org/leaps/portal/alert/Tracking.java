package org.leaps.portal.alert;

import java.util.List;

/** Acknowledgement counts of one alert per agency and per region. */
public record Tracking(AlertSummary alert, boolean active, List<Row> byAgency, List<Row> byRegion) {

  /**
   * @param reached reached (live, opened or emailed) but not yet acknowledged
   * @param notYet not reached at all yet
   */
  public record Row(String name, long total, long acknowledged, long reached, long notYet) {}

  public long total() {
    return byRegion.stream().mapToLong(Row::total).sum();
  }

  public long acknowledged() {
    return byRegion.stream().mapToLong(Row::acknowledged).sum();
  }
}
