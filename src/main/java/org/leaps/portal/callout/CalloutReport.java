package org.leaps.portal.callout;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Callout figures for a period and the viewer's scope: counts by month, category, region and
 * agency; response times; counselor hours. No names, no places.
 */
public record CalloutReport(
    LocalDate from,
    LocalDate toExclusive,
    int callouts,
    List<Count> byMonth,
    List<Count> byCategory,
    List<Count> byRegion,
    List<Count> byAgency,
    Times toFirstAcceptance,
    Times toFirstOnScene,
    double counselorHours) {

  public record Count(String label, int count) {}

  /** Median and 90th percentile over {@code n} callouts that reached the stage. */
  public record Times(int n, Duration median, Duration p90) {}

  /**
   * A count as printed and exported: 1 to 4 show as "&lt;5", so nobody at a small agency can be
   * identified.
   */
  public static String suppressed(int count) {
    return count >= 1 && count <= 4 ? "<5" : String.valueOf(count);
  }
}
