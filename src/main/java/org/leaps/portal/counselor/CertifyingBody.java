package org.leaps.portal.counselor;

/** Bodies whose certification makes peer support conversations privileged under state law. */
public enum CertifyingBody {
  STATE_BOARD_OF_HEALTH("State Board of Health"),
  DEPARTMENT_OF_PUBLIC_SAFETY("Department of Public Safety");

  private final String label;

  CertifyingBody(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
