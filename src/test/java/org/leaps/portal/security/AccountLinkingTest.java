package org.leaps.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditEvent;
import org.leaps.portal.audit.AuditFilter;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.audit.FieldChange;
import org.leaps.portal.security.oidc.KeycloakTokens;
import org.leaps.portal.security.oidc.PortalOidcUserService;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Decision 045 on the real database: a Keycloak person is tied to a portal account by subject; an
 * email they can edit themselves never moves them into another person's account, counselor record
 * or agency. Each refusal reaches the director's audit trail.
 */
@PortalTest
class AccountLinkingTest {

  @Autowired AccountService accountService;
  @Autowired PortalAccountRepository accounts;
  @Autowired AuditService audit;
  @Autowired JdbcTemplate jdbc;
  @Autowired SignIn signIn;

  @org.junit.jupiter.api.BeforeEach
  void startFromFirstSignIns() {
    org.leaps.portal.testsupport.KeycloakLinks.forgetDemoAccountLinks(jdbc);
  }

  @AfterEach
  void signOut() {
    signIn.out();
  }

  private PortalOidcUserService service() {
    return new PortalOidcUserService(accountService);
  }

  private static String newSubject() {
    return "kc-" + UUID.randomUUID();
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@link-test.example";
  }

  /** A counselor of Jackson PD, whom a Gulfport user must never become by editing an email. */
  private Map<String, Object> jacksonCounselor() {
    return jdbc.queryForMap(
        "select c.id, c.email from counselor c join agency a on a.id = c.agency_id"
            + " where a.code = 'JACKSON-PD' and c.email not in (select email from portal_account)"
            + " order by c.id limit 1");
  }

  private OAuth2AuthenticationException refused(
      String subject, String email, boolean verified, String role, String... agencyCodes) {
    return org.junit.jupiter.api.Assertions.assertThrows(
        OAuth2AuthenticationException.class,
        () ->
            service()
                .toPortalPrincipal(
                    KeycloakTokens.user(
                        subject,
                        email,
                        verified,
                        "Mallory Example",
                        List.of(role),
                        KeycloakTokens.agencies(agencyCodes))));
  }

  private List<AuditEvent> refusalsFor(String subject) {
    signIn.as(SignIn.DIRECTOR);
    try {
      return audit
          .page(
              new AuditFilter(AuditAction.SIGN_IN_REFUSED, null, null, null, null, null),
              PageRequest.of(0, 50))
          .stream()
          .filter(e -> e.getChanges().stream().anyMatch(c -> subject.equals(c.newValue())))
          .toList();
    } finally {
      signIn.out();
    }
  }

  private static String reasonOf(AuditEvent event) {
    return event.getChanges().stream()
        .filter(c -> c.field().equals("Reason"))
        .map(FieldChange::newValue)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void unverifiedEmailOfAnotherAgencysCounselorIsRefusedAtFirstSignIn() {
    Map<String, Object> counselor = jacksonCounselor();
    String email = (String) counselor.get("email");
    String subject = newSubject();

    var failure = refused(subject, email, false, "liaison", "GULFPORT-PD");

    assertThat(failure.getError().getErrorCode())
        .isEqualTo(PortalOidcUserService.ACCOUNT_LINK_REFUSED);
    // Nothing was written: no account for the subject, the counselor record linked to nobody.
    assertThat(accounts.findBySubject(subject)).isEmpty();
    assertThat(accounts.findByEmailIgnoreCase(email)).isEmpty();
    List<AuditEvent> events = refusalsFor(subject);
    assertThat(events).hasSize(1);
    assertThat(events.getFirst().getSubjectType()).isEqualTo("Counselor");
    assertThat(events.getFirst().getSubjectId()).isEqualTo(counselor.get("id"));
    assertThat(events.getFirst().getActorEmail()).isEqualTo(email);
    assertThat(reasonOf(events.getFirst())).contains("not verified");
  }

  @Test
  void verifiedEmailOfACounselorOutsideThePersonsOrganizationsIsRefused() {
    Map<String, Object> counselor = jacksonCounselor();
    String subject = newSubject();

    refused(subject, (String) counselor.get("email"), true, "counselor", "GULFPORT-PD");

    assertThat(accounts.findBySubject(subject)).isEmpty();
    assertThat(reasonOf(refusalsFor(subject).getFirst())).contains("organizations");
  }

  @Test
  void verifiedEmailInTheCounselorsOwnAgencyLinksTheRecord() {
    Map<String, Object> counselor = jacksonCounselor();
    PortalUser user =
        service()
            .toPortalPrincipal(
                KeycloakTokens.user(
                    newSubject(),
                    (String) counselor.get("email"),
                    true,
                    "Jackson Counselor",
                    List.of("counselor"),
                    KeycloakTokens.agencies("JACKSON-PD")))
            .portalUser();
    assertThat(user.counselorId()).isEqualTo(counselor.get("id"));
  }

  @Test
  void anExistingLinkedAccountIsNeverTakenOverByEmail() {
    PortalAccount victim = accounts.findByEmailIgnoreCase(SignIn.LIAISON_HATTIESBURG).orElseThrow();
    String owner = victim.getSubject();
    if (owner == null) {
      // The real liaison signs in first and links her account.
      owner = newSubject();
      service()
          .toPortalPrincipal(
              KeycloakTokens.user(
                  owner,
                  SignIn.LIAISON_HATTIESBURG,
                  "Tyrone Pickett",
                  List.of("liaison"),
                  KeycloakTokens.agencies("HATTIESBURG-PD")));
    }
    String attacker = newSubject();

    // Even a verified email in the right organization does not switch an account's subject.
    refused(attacker, SignIn.LIAISON_HATTIESBURG, true, "liaison", "HATTIESBURG-PD");

    assertThat(accounts.findByEmailIgnoreCase(SignIn.LIAISON_HATTIESBURG))
        .get()
        .extracting(PortalAccount::getSubject)
        .isEqualTo(owner);
    assertThat(accounts.findBySubject(attacker)).isEmpty();
    assertThat(reasonOf(refusalsFor(attacker).getFirst())).contains("another person");
  }

  @Test
  void anUnlinkedAccountIsNotLinkedThroughAnUnverifiedEmail() {
    String email = unique("liaison.unlinked");
    accounts.save(new PortalAccount(email, "Una Linked"));
    String subject = newSubject();

    refused(subject, email, false, "liaison", "HARRISON-SO");

    assertThat(accounts.findByEmailIgnoreCase(email).orElseThrow().getSubject()).isNull();
  }

  @Test
  void anUnlinkedLiaisonAccountIsNotLinkedFromAnotherAgency() {
    String email = unique("liaison.pearl");
    var account = new PortalAccount(email, "Pearl Liaison");
    account.getRoles().add(Role.LIAISON);
    account.getLiaisonAgencyIds().add(agencyId("HATTIESBURG-PD"));
    accounts.save(account);
    String subject = newSubject();

    refused(subject, email, true, "liaison", "GULFPORT-PD");

    PortalAccount stored = accounts.findByEmailIgnoreCase(email).orElseThrow();
    assertThat(stored.getSubject()).isNull();
    assertThat(stored.getLiaisonAgencyIds()).containsExactly(agencyId("HATTIESBURG-PD"));
  }

  @Test
  void onceLinkedTheSubjectAloneFindsTheAccountWhateverEmailKeycloakSendsLater() {
    String subject = newSubject();
    String email = unique("counselor.moves");
    PortalUser first =
        service()
            .toPortalPrincipal(
                KeycloakTokens.user(
                    subject,
                    email,
                    true,
                    "Sam Moves",
                    List.of("liaison"),
                    KeycloakTokens.agencies("GULFPORT-PD")))
            .portalUser();

    // The person changes their email in Keycloak to another agency's counselor's address.
    String jackson = (String) jacksonCounselor().get("email");
    PortalUser later =
        service()
            .toPortalPrincipal(
                KeycloakTokens.user(
                    subject,
                    jackson,
                    false,
                    "Sam Moves",
                    List.of("liaison"),
                    KeycloakTokens.agencies("GULFPORT-PD")))
            .portalUser();

    assertThat(later.accountId()).isEqualTo(first.accountId());
    assertThat(later.email()).isEqualTo(email);
    assertThat(later.counselorId()).isNull();
    assertThat(later.agencyIds()).containsExactly(agencyId("GULFPORT-PD"));
  }

  @Test
  void theRefusalPageIsWhereTheFailureHandlerSendsThePerson() throws Exception {
    var request = new org.springframework.mock.web.MockHttpServletRequest();
    var response = new org.springframework.mock.web.MockHttpServletResponse();
    SecurityConfiguration.explainFailedSignIn(
        request,
        response,
        new OAuth2AuthenticationException(
            new org.springframework.security.oauth2.core.OAuth2Error(
                PortalOidcUserService.ACCOUNT_LINK_REFUSED)));
    assertThat(response.getRedirectedUrl()).isEqualTo("/signin-failed?reason=link-refused");
  }

  private long agencyId(String code) {
    return jdbc.queryForObject("select id from agency where code = ?", Long.class, code);
  }

  @Test
  void anUnverifiedEmailThatNamesNoRecordOpensANewAccountOfItsOwn() {
    String email = unique("new.person");
    String subject = newSubject();
    PortalUser user =
        service()
            .toPortalPrincipal(
                KeycloakTokens.user(
                    subject,
                    email,
                    false,
                    "New Person",
                    List.of("liaison"),
                    KeycloakTokens.agencies("GULFPORT-PD")))
            .portalUser();
    assertThat(accounts.findBySubject(subject).orElseThrow().getId()).isEqualTo(user.accountId());
    assertThat(user.counselorId()).isNull();
  }
}
