package org.leaps.portal.callout;

/** Why a counselor is not offered a callout. */
public enum Exclusion {
  NOT_ELIGIBLE("Not eligible (privilege: certified, designated, current)"),
  UNAVAILABLE("Unavailable now"),
  OWN_AGENCY("Requesting agency (may be in the chain of command or a witness)"),
  WORKLOAD("Workload (many callouts in the last 30 days)");

  private final String label;

  Exclusion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
