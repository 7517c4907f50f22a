package org.leaps.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.security.oidc.KeycloakTokens;
import org.leaps.portal.security.oidc.PortalOidcUserService;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer signs in through Keycloak or the demo sign-in and gets the same kind of principal: an
 * agency for "not from my agency" and no roster scope. Since an officer's sign-in is a visit to
 * Find a peer, neither path writes an account row or a sign-in time for them.
 */
@PortalTest
class OfficerSignInTest {

  @Autowired AccountService accountService;
  @Autowired AgencyService agencies;
  @Autowired PortalAccountRepository accounts;
  @Autowired SignIn signIn;

  @AfterEach
  void out() {
    signIn.out();
  }

  private PortalUser keycloakOfficer(String email, java.util.Map<String, Object> organizations) {
    return new PortalOidcUserService(accountService)
        .toPortalPrincipal(
            KeycloakTokens.user(
                "kc-" + UUID.randomUUID(),
                email,
                "Test Officer",
                List.of("officer", "default-roles-leaps"),
                organizations))
        .portalUser();
  }

  @Test
  void aKeycloakOfficerGetsTheirAgencyNoScopeAndNoAccountRow() {
    String email = "officer-" + UUID.randomUUID().toString().substring(0, 8) + "@sso-test.example";
    PortalUser officer = keycloakOfficer(email, KeycloakTokens.agencies("GULFPORT-PD"));

    assertThat(officer.roles()).containsExactly(Role.OFFICER);
    assertThat(officer.agencyIds())
        .containsExactly(agencies.agencyIdByCode("GULFPORT-PD").orElseThrow());
    assertThat(officer.agencyNames()).containsExactly("Gulfport Police Department");
    assertThat(officer.scope()).isEqualTo(AccessScope.nothing());
    assertThat(officer.accountId()).isNull();
    assertThat(accounts.findByEmailIgnoreCase(email)).as("no trace of the sign-in").isEmpty();
  }

  @Test
  void aKeycloakOfficerWithoutAnAgencyStillFindsAPeer() {
    String email = "officer-" + UUID.randomUUID().toString().substring(0, 8) + "@sso-test.example";
    PortalUser officer = keycloakOfficer(email, KeycloakTokens.agencies());
    assertThat(officer.agencyIds()).isEmpty();
    assertThat(officer.isUnplaced()).isFalse();
  }

  @Test
  void theDemoOfficerSignsInWithoutASignInTime() {
    PortalUser officer = signIn.as(SignIn.OFFICER);
    assertThat(officer.isOfficerOnly()).isTrue();
    assertThat(officer.scope()).isEqualTo(AccessScope.nothing());
    assertThat(accounts.findByEmailIgnoreCase(SignIn.OFFICER).orElseThrow().getLastSignInAt())
        .isNull();
  }
}
