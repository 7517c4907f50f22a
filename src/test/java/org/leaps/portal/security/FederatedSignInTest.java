package org.leaps.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.security.oidc.KeycloakTokens;
import org.leaps.portal.security.oidc.PortalOidcUser;
import org.leaps.portal.security.oidc.PortalOidcUserService;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Keycloak's claims (realm roles, organizations by agency_code) through the real AccountService on
 * the shared database: the principal is the same as the demo path's, and downstream services see
 * the same scope.
 */
@PortalTest
class FederatedSignInTest {

  @Autowired AccountService accountService;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired AgencyService agencyService;
  @Autowired PortalAccountRepository accounts;
  @Autowired SignIn signIn;

  private PortalOidcUserService service() {
    return new PortalOidcUserService(accountService);
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@sso-test.example";
  }

  private long agencyId(String code) {
    return agencyService.agencyIdByCode(code).orElseThrow();
  }

  @org.junit.jupiter.api.BeforeEach
  void startFromFirstSignIns() {
    org.leaps.portal.testsupport.KeycloakLinks.forgetDemoAccountLinks(jdbc);
  }

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void liaisonGetsTheSamePrincipalAsOnTheDemoPath() {
    PortalUser demo = signIn.as(SignIn.LIAISON_GULFPORT);
    signIn.out();

    PortalOidcUser oidc =
        service()
            .toPortalPrincipal(
                KeycloakTokens.user(
                    "kc-" + UUID.randomUUID(),
                    SignIn.LIAISON_GULFPORT,
                    "Renee Carter",
                    List.of("liaison", "default-roles-leaps", "offline_access"),
                    KeycloakTokens.agencies("GULFPORT-PD")));

    PortalUser user = oidc.portalUser();
    assertThat(user.accountId()).isEqualTo(demo.accountId());
    assertThat(user.roles()).isEqualTo(demo.roles()).containsExactly(Role.LIAISON);
    assertThat(user.agencyIds())
        .isEqualTo(demo.agencyIds())
        .containsExactly(agencyId("GULFPORT-PD"));
    assertThat(user.agencyNames()).containsExactly("Gulfport Police Department");
    assertThat(user.scope()).isEqualTo(demo.scope());
    assertThat(oidc.getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactly("ROLE_LIAISON");
  }

  @Test
  void downstreamServicesSeeTheKeycloakScope() {
    PortalOidcUser oidc =
        service()
            .toPortalPrincipal(
                KeycloakTokens.user(
                    "kc-" + UUID.randomUUID(),
                    unique("liaison.hattiesburg"),
                    "Test Liaison",
                    List.of("liaison"),
                    KeycloakTokens.agencies("HATTIESBURG-PD")));
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        new OAuth2AuthenticationToken(oidc, oidc.getAuthorities(), "keycloak"));
    SecurityContextHolder.setContext(context);

    assertThat(agencyService.agenciesInScope())
        .extracting(Agency::getCode)
        .containsExactly("HATTIESBURG-PD");
    assertThat(agencyService.findInScope(agencyId("GULFPORT-PD"))).isEmpty();
  }

  @Test
  void liaisonOfTwoOrganizationsIsScopedToBothAgencies() {
    PortalUser user =
        service()
            .toPortalPrincipal(
                KeycloakTokens.user(
                    "kc-" + UUID.randomUUID(),
                    unique("liaison.pinebelt"),
                    "Lorraine Batiste",
                    List.of("liaison"),
                    KeycloakTokens.agencies("HATTIESBURG-PD", "FORREST-SO")))
            .portalUser();
    assertThat(user.agencyIds())
        .containsExactlyInAnyOrder(agencyId("HATTIESBURG-PD"), agencyId("FORREST-SO"));
    assertThat(user.agencyNames())
        .containsExactly("Forrest County Sheriff's Office", "Hattiesburg Police Department");
    assertThat(user.isUnplaced()).isFalse();
  }

  @Test
  void unknownOrganizationPlacesNobody() {
    PortalUser user =
        service()
            .toPortalPrincipal(
                KeycloakTokens.user(
                    "kc-" + UUID.randomUUID(),
                    unique("liaison.unknown"),
                    "Unknown Agency Liaison",
                    List.of("liaison"),
                    KeycloakTokens.agencies("NOWHERE-PD")))
            .portalUser();
    assertThat(user.agencyIds()).isEmpty();
    assertThat(user.isUnplaced()).isTrue();
    assertThat(user.scope().isEmpty()).isTrue();
  }

  @Test
  void noOrganizationLeavesAPersonUnplaced() {
    PortalUser user =
        service()
            .toPortalPrincipal(
                KeycloakTokens.user(
                    "kc-" + UUID.randomUUID(),
                    unique("counselor.nowhere"),
                    "Jordan Pryor",
                    List.of("counselor"),
                    null))
            .portalUser();
    assertThat(user.roles()).containsExactly(Role.COUNSELOR);
    assertThat(user.isUnplaced()).isTrue();
    assertThat(user.counselorId()).isNull();
  }

  @Test
  void organizationWithoutAPortalRolePlacesNobody() {
    PortalUser user =
        service()
            .toPortalPrincipal(
                KeycloakTokens.user(
                    "kc-" + UUID.randomUUID(),
                    unique("no.role"),
                    "No Role",
                    List.of("default-roles-leaps"),
                    KeycloakTokens.agencies("GULFPORT-PD")))
            .portalUser();
    assertThat(user.roles()).isEmpty();
    assertThat(user.isUnplaced()).isTrue();
  }

  @Test
  void directorIsStatewideWithoutAnyOrganization() {
    PortalOidcUser oidc =
        service()
            .toPortalPrincipal(
                KeycloakTokens.user(
                    "kc-" + UUID.randomUUID(),
                    unique("director"),
                    "Acting Director",
                    List.of("director"),
                    null));
    assertThat(oidc.portalUser().scope().statewide()).isTrue();
    assertThat(oidc.portalUser().isUnplaced()).isFalse();
    assertThat(oidc.getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactly("ROLE_DIRECTOR");
  }

  @Test
  void counselorIsLinkedToTheirCounselorRecordByEmail() {
    PortalUser demo = signIn.as(SignIn.COUNSELOR);
    signIn.out();
    PortalUser user =
        service()
            .toPortalPrincipal(
                KeycloakTokens.user(
                    "kc-" + UUID.randomUUID(),
                    SignIn.COUNSELOR.toUpperCase(),
                    "Hannah Delacroix",
                    List.of("counselor"),
                    KeycloakTokens.agencies("GULFPORT-PD")))
            .portalUser();
    assertThat(user.counselorId()).isNotNull().isEqualTo(demo.counselorId());
    assertThat(user.agencyIds()).containsExactly(agencyId("GULFPORT-PD"));
  }

  @Test
  void firstSignInLinksTheSubjectAndALaterSignInFindsTheAccountBySubject() {
    String subject = "kc-" + UUID.randomUUID();
    String firstEmail = unique("renamed");
    PortalUser first =
        service()
            .toPortalPrincipal(
                KeycloakTokens.user(
                    subject,
                    firstEmail,
                    "Pat Renamed",
                    List.of("liaison"),
                    KeycloakTokens.agencies("HARRISON-SO")))
            .portalUser();
    assertThat(accounts.findBySubject(subject))
        .get()
        .extracting(PortalAccount::getId)
        .isEqualTo(first.accountId());

    // The email changed in Keycloak: the subject still finds the same portal account.
    PortalUser second =
        service()
            .toPortalPrincipal(
                KeycloakTokens.user(
                    subject,
                    unique("renamed-again"),
                    "Pat Renamed",
                    List.of("liaison"),
                    KeycloakTokens.agencies("HARRISON-SO")))
            .portalUser();
    assertThat(second.accountId()).isEqualTo(first.accountId());
  }

  @Test
  void keycloakRolesAndAgenciesAreCopiedSoAudiencesAndLiaisonListsFindThePerson() {
    String email = unique("liaison.harrison");
    service()
        .toPortalPrincipal(
            KeycloakTokens.user(
                "kc-" + UUID.randomUUID(),
                email,
                "Quinn Harrison",
                List.of("liaison"),
                KeycloakTokens.agencies("HARRISON-SO")));
    PortalAccount stored = accounts.findByEmailIgnoreCase(email).orElseThrow();
    assertThat(stored.getRoles()).containsExactly(Role.LIAISON);
    assertThat(stored.getLiaisonAgencyIds()).containsExactly(agencyId("HARRISON-SO"));
    signIn.as(SignIn.DIRECTOR); // liaison names are for program members (decision 090)
    assertThat(accountService.liaisonNamesOf(agencyId("HARRISON-SO"))).contains("Quinn Harrison");

    // Keycloak took the liaison role away and made them a counselor: the copy follows.
    service()
        .toPortalPrincipal(
            KeycloakTokens.user(
                stored.getSubject(),
                email,
                "Quinn Harrison",
                List.of("counselor"),
                KeycloakTokens.agencies("HARRISON-SO")));
    stored = accounts.findByEmailIgnoreCase(email).orElseThrow();
    assertThat(stored.getRoles()).containsExactly(Role.COUNSELOR);
    assertThat(stored.getLiaisonAgencyIds()).isEmpty();
    assertThat(accountService.liaisonNamesOf(agencyId("HARRISON-SO")))
        .doesNotContain("Quinn Harrison");
  }

  @Test
  void accountDisabledInThePortalIsRefusedEvenWhenKeycloakLetsThePersonIn() {
    String email = unique("disabled");
    var account = new PortalAccount(email, "Curtis Lyle");
    account.setEnabled(false);
    accounts.save(account);

    assertThatThrownBy(() ->
            service()
                .toPortalPrincipal(
                    KeycloakTokens.user(
                        "kc-" + UUID.randomUUID(),
                        email,
                        "Curtis Lyle",
                        List.of("liaison"),
                        KeycloakTokens.agencies("GULFPORT-PD"))))
        .isInstanceOf(OAuth2AuthenticationException.class)
        .hasMessageContaining("disabled");
  }
}
