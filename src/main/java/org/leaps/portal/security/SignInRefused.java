package org.leaps.portal.security;

import java.util.Set;

/**
 * A Keycloak sign-in the portal refused to link to an account or counselor record (decision 045).
 * Published after the refused sign-in rolled back, so that the audit trail records it for the
 * director. Holds identifiers and fixed reasons only.
 *
 * @param subject the Keycloak user who tried to sign in
 * @param claimedEmail the email address that Keycloak sent for them
 * @param targetType {@code "Account"} or {@code "Counselor"}: what the email pointed at
 * @param targetId the portal account or counselor record the email pointed at
 * @param targetLabel that record's email or name, for the director
 */
public record SignInRefused(
    String subject,
    String claimedEmail,
    String displayName,
    boolean emailVerified,
    Set<String> agencyCodes,
    Reason reason,
    String targetType,
    Long targetId,
    String targetLabel) {

  public SignInRefused {
    agencyCodes = Set.copyOf(agencyCodes);
  }

  /** Why a link was refused; fixed texts for the audit trail. */
  public enum Reason {
    LINKED_TO_ANOTHER_USER("The email belongs to an account already linked to another person"),
    EMAIL_NOT_VERIFIED("Keycloak has not verified the email address"),
    AGENCY_NOT_AMONG_ORGANIZATIONS(
        "The record's agency is not among the person's Keycloak organizations");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
