package org.leaps.portal.callout;

/** Where a callout stands as a whole. */
public enum CalloutState {
  /** Opened, nobody asked yet. */
  REQUESTED("Requested"),
  /** Counselors asked; fewer than needed have accepted. */
  DISPATCHED("Dispatched"),
  /** As many accepted as needed; the others were stood down. */
  FILLED("Filled"),
  CLOSED("Closed");

  private final String label;

  CalloutState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOpen() {
    return this != CLOSED;
  }
}
