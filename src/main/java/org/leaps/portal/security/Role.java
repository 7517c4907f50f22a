package org.leaps.portal.security;

/** Portal roles. Keycloak realm roles and demo accounts carry the same names in lower case. */
public enum Role {
  DIRECTOR("Director"),
  STAFF("Program staff"),
  LIAISON("Agency liaison"),
  COUNSELOR("Counselor"),
  /** A sworn officer of a participating agency: finds a peer, sees nothing of the program. */
  OFFICER("Officer");

  /** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
  public static final String DIRECTOR_NAME = "DIRECTOR";

  public static final String STAFF_NAME = "STAFF";
  public static final String LIAISON_NAME = "LIAISON";
  public static final String COUNSELOR_NAME = "COUNSELOR";
  public static final String OFFICER_NAME = "OFFICER";

  /**
   * The people of the peer support program, every role except {@link #OFFICER}: the guard of
   * services that any program member may call, used where {@code isAuthenticated()} would also let
   * an officer in.
   */
  public static final String IN_PROGRAM = "hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON', 'COUNSELOR')";

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

  /** Every role but the officer's belongs to the peer support program itself. */
  public boolean isProgramRole() {
    return this != OFFICER;
  }

  /** Liaisons and counselors see their agencies' roster; an officer's agency gives no scope. */
  public boolean givesAgencyScope() {
    return this == LIAISON || this == COUNSELOR;
  }
}
