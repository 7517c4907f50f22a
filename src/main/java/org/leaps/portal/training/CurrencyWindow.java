package org.leaps.portal.training;

import java.time.LocalDate;

/**
 * How soon a counselor's certification runs out. The windows do not overlap: a due date of today is
 * still current (it expires within 30 days), yesterday's has lapsed.
 */
public enum CurrencyWindow {
  LAPSED("Lapsed", null, -1),
  WITHIN_30_DAYS("Expires within 30 days", 0, 30),
  WITHIN_60_DAYS("Expires in 31 to 60 days", 31, 60),
  WITHIN_90_DAYS("Expires in 61 to 90 days", 61, 90),
  CURRENT("Current beyond 90 days", 91, null);

  private final String label;
  private final Integer fromDays;
  private final Integer toDays;

  CurrencyWindow(String label, Integer fromDays, Integer toDays) {
    this.label = label;
    this.fromDays = fromDays;
    this.toDays = toDays;
  }

  public String label() {
    return label;
  }

  /** First due date in the window, or null for no lower bound. */
  public LocalDate from(LocalDate today) {
    return fromDays == null ? null : today.plusDays(fromDays);
  }

  /** Last due date in the window, or null for no upper bound. */
  public LocalDate to(LocalDate today) {
    return toDays == null ? null : today.plusDays(toDays);
  }

  public static CurrencyWindow of(LocalDate due, LocalDate today) {
    for (CurrencyWindow w : values()) {
      LocalDate from = w.from(today);
      LocalDate to = w.to(today);
      if ((from == null || !due.isBefore(from)) && (to == null || !due.isAfter(to))) {
        return w;
      }
    }
    throw new IllegalStateException("no window for " + due);
  }
}
