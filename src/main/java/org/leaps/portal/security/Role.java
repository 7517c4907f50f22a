package org.leaps.portal.security;

/** Portal roles. Keycloak realm roles and demo accounts carry the same names in lower case. */
public enum Role {
  DIRECTOR("Director"),
  STAFF("Program staff"),
  LIAISON("Agency liaison"),
  COUNSELOR("Counselor");

  /** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
  public static final String DIRECTOR_NAME = "DIRECTOR";

  public static final String STAFF_NAME = "STAFF";
  public static final String LIAISON_NAME = "LIAISON";
  public static final String COUNSELOR_NAME = "COUNSELOR";

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String authority() {
    return "ROLE_" + name();
  }

  /** Director and staff see the whole state. */
  public boolean isStatewide() {
    return this == DIRECTOR || this == STAFF;
  }
}
