package org.leaps.portal.counselor;

/** Incident kinds a counselor is trained and experienced for; a fixed list, never free text. */
public enum Specialty {
  OFFICER_INVOLVED_SHOOTING("Officer-involved shooting"),
  LINE_OF_DUTY_DEATH("Line-of-duty death"),
  OFFICER_SUICIDE("Officer suicide"),
  SERIOUS_INJURY("Serious injury"),
  MASS_CASUALTY("Mass casualty"),
  SCHOOL_INCIDENT("School incident"),
  CHILD_DEATH("Child death"),
  DISASTER("Disaster");

  private final String label;

  Specialty(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
