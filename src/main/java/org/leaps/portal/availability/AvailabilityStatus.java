package org.leaps.portal.availability;

/** What a counselor is right now. Deployed is set only by the director or staff (callouts). */
public enum AvailabilityStatus {
  AVAILABLE("Available"),
  ON_CALL("On call"),
  UNAVAILABLE("Unavailable"),
  DEPLOYED("Deployed");

  private final String label;

  AvailabilityStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Available and on-call counselors can take a callout now; the others cannot. */
  public boolean canRespond() {
    return this == AVAILABLE || this == ON_CALL;
  }
}
