package org.leaps.portal.agency;

public enum AgencyType {
  SHERIFFS_OFFICE("Sheriff's office"),
  POLICE_DEPARTMENT("Police department"),
  SCHOOL_DISTRICT_POLICE("School district police"),
  UNIVERSITY_POLICE("University police"),
  STATE_AGENCY("State agency"),
  OTHER("Other");

  private final String label;

  AgencyType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
