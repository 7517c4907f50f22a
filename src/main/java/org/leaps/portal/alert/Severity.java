package org.leaps.portal.alert;

/** How loudly an alert announces itself: critical alerts open a blocking dialog. */
public enum Severity {
  INFORMATION("Information"),
  URGENT("Urgent"),
  CRITICAL("Critical");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
