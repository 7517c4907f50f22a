package org.leaps.portal.callout;

/** A counselor's answer to being asked. */
public enum OfferResponse {
  PENDING("Waiting for an answer"),
  ACCEPTED("Accepted"),
  DECLINED("Declined"),
  /** Answered yes after the last place was taken: told it is filled, thanked. */
  FILLED("Filled before you answered"),
  /** Not needed any more: the callout filled or closed before they answered. */
  STOOD_DOWN("Stood down");

  private final String label;

  OfferResponse(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
