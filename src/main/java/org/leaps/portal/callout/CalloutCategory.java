package org.leaps.portal.callout;

/** What kind of critical incident: a fixed list, never free text. */
public enum CalloutCategory {
  OFFICER_INVOLVED_SHOOTING("Officer-involved shooting"),
  LINE_OF_DUTY_DEATH("Line-of-duty death"),
  OFFICER_SUICIDE("Officer suicide"),
  SERIOUS_INJURY("Serious injury"),
  MASS_CASUALTY("Mass casualty"),
  SCHOOL_INCIDENT("School incident"),
  CHILD_DEATH("Child death"),
  DISASTER("Disaster"),
  OTHER_CRITICAL_INCIDENT("Other critical incident");

  private final String label;

  CalloutCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
