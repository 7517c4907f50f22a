package org.leaps.portal.security;

import java.util.List;

/**
 * The clearly labelled demo accounts of the embedded default. The demo data module creates them;
 * the sign-in page offers them. Keycloak's realm has users with the same emails, so both paths
 * agree.
 *
 * @param agencyCodes agencies the account is liaison for (or, for a counselor or officer, belongs
 *     to)
 */
public record DemoAccount(
    String email, String displayName, Role role, List<String> agencyCodes, String description) {

  /** The shared demo password; demo sign-in exists only in the embedded default. */
  public static final String PASSWORD = "demo";

  public static final List<DemoAccount> ALL =
      List.of(
          new DemoAccount(
              "director@leaps.example",
              "Dana Whitfield",
              Role.DIRECTOR,
              List.of(),
              "Program director: the whole state"),
          new DemoAccount(
              "staff@leaps.example",
              "Marcus Boyd",
              Role.STAFF,
              List.of(),
              "Program staff: the whole state"),
          new DemoAccount(
              "liaison.gulfport@leaps.example",
              "Renee Carter",
              Role.LIAISON,
              List.of("GULFPORT-PD"),
              "Liaison of Gulfport Police Department (agency A)"),
          new DemoAccount(
              "liaison.hattiesburg@leaps.example",
              "Tyrone Pickett",
              Role.LIAISON,
              List.of("HATTIESBURG-PD"),
              "Liaison of Hattiesburg Police Department (agency B)"),
          new DemoAccount(
              "counselor@leaps.example",
              "Hannah Delacroix",
              Role.COUNSELOR,
              List.of("GULFPORT-PD"),
              "Counselor with Gulfport Police Department"),
          new DemoAccount(
              "officer@leaps.example",
              "Luis Ortega",
              Role.OFFICER,
              List.of("GULFPORT-PD"),
              "Officer with Gulfport Police Department: Find a peer only"));
}
