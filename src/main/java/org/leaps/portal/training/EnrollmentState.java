package org.leaps.portal.training;

/** Where an enrollment stands. A withdrawn enrollment stays on file (and frees its seat). */
public enum EnrollmentState {
  ENROLLED("Enrolled"),
  WAITLISTED("Waitlisted"),
  WITHDRAWN("Withdrawn");

  private final String label;

  EnrollmentState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
