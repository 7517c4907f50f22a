package org.leaps.portal.counselor;

public enum CounselorStatus {
  ACTIVE("Active"),
  INACTIVE("Inactive"),
  RETIRED("Retired");

  private final String label;

  CounselorStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
