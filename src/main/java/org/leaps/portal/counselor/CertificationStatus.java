package org.leaps.portal.counselor;

/**
 * Where a counselor stands on certification, regardless of roster status. The categories do not
 * overlap. An active counselor who is {@link #CURRENT} or {@link #DUE_WITHIN_90_DAYS} is
 * privilege-eligible.
 */
public enum CertificationStatus {
  CURRENT("Certified, designated and current"),
  DUE_WITHIN_90_DAYS("Recertification due within 90 days"),
  LAPSED("Certification lapsed"),
  NOT_DESIGNATED("Certified, not designated"),
  NOT_CERTIFIED("Not certified");

  /** Days before the recertification date from which a counselor counts as "due soon". */
  public static final int DUE_SOON_DAYS = 90;

  private final String label;

  CertificationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
