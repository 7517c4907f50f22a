package org.leaps.portal.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leaps.portal.security.Role;

/** Reading realm roles and organizations from the claims of the leaps-portal ID token. */
class KeycloakClaimsTest {

  @Test
  void portalRolesAreReadAndKeycloakOwnRolesIgnored() {
    var claims =
        Map.<String, Object>of(
            "roles", List.of("default-roles-leaps", "offline_access", "liaison", "Counselor"));
    assertThat(KeycloakClaims.roles(claims))
        .containsExactlyInAnyOrder(Role.LIAISON, Role.COUNSELOR);
  }

  @Test
  void missingOrMalformedRolesGiveNoRole() {
    assertThat(KeycloakClaims.roles(Map.of())).isEmpty();
    assertThat(KeycloakClaims.roles(Map.of("roles", "director"))).isEmpty();
    assertThat(KeycloakClaims.roles(Map.of("roles", List.of("superuser", "")))).isEmpty();
  }

  @Test
  void agencyCodesComeFromTheOrganizationAttributeNotTheAliasOrName() {
    Map<String, Object> claims =
        Map.of(
            "agencies",
            Map.of(
                "hattiesburg-pd", Map.of("agency_code", List.of("HATTIESBURG-PD")),
                "some-alias", Map.of("agency_code", List.of("forrest-so"))));
    assertThat(KeycloakClaims.agencyCodes(claims))
        .containsExactlyInAnyOrder("HATTIESBURG-PD", "FORREST-SO");
  }

  @Test
  void organizationWithoutAgencyCodePlacesNobody() {
    Map<String, Object> claims =
        Map.of(
            "agencies",
            Map.of("gulfport-pd", Map.of(), "other", Map.of("agency_code", List.of(" "))),
            "organization",
            List.of("gulfport-pd"));
    assertThat(KeycloakClaims.agencyCodes(claims)).isEmpty();
  }

  @Test
  void singleValuedAttributeIsAccepted() {
    Map<String, Object> claims =
        Map.of("agencies", Map.of("gulfport-pd", Map.of("agency_code", "GULFPORT-PD")));
    assertThat(KeycloakClaims.agencyCodes(claims)).containsExactly("GULFPORT-PD");
  }

  @Test
  void noOrganizationClaimMeansNoAgency() {
    assertThat(KeycloakClaims.agencyCodes(Map.of())).isEmpty();
    assertThat(KeycloakClaims.agencyCodes(Map.of("agencies", List.of("gulfport-pd")))).isEmpty();
  }
}
