package org.leaps.portal.training;

/** What a line of the hours log is: an event completion of some kind, or hand-kept facts. */
public enum HoursKind {
  BASIC_COURSE("Basic 32-hour course"),
  ADVANCED_COURSE("Advanced course"),
  CONTINUING_EDUCATION("Continuing education"),
  CONFERENCE("Conference"),
  CARRIED_OVER("Carried over from the record");

  private final String label;

  HoursKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static HoursKind of(EventKind kind) {
    return valueOf(kind.name());
  }
}
