package org.leaps.portal.security;

import java.util.Set;

/**
 * What a verified Keycloak ID token says about a person, as far as signing in is concerned.
 *
 * @param subject Keycloak's stable user id ({@code sub}); the only thing an account is tied to once
 *     linked
 * @param email the address Keycloak holds; a user may be able to edit it
 * @param emailVerified whether Keycloak says the person proved they own {@code email}
 * @param roles the portal roles among the realm roles
 * @param agencyCodes the agency codes of the person's organizations
 */
public record FederatedIdentity(
    String subject,
    String email,
    boolean emailVerified,
    String displayName,
    Set<Role> roles,
    Set<String> agencyCodes) {

  public FederatedIdentity {
    roles = Set.copyOf(roles);
    agencyCodes = Set.copyOf(agencyCodes);
  }
}
