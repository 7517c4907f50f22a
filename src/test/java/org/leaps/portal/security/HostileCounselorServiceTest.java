package org.leaps.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * A liaison of Gulfport tries every public CounselorService method on Hattiesburg's people, and a
 * plain counselor tries the actions reserved for liaisons, staff and the director: each is denied,
 * or the other agency's records are invisible.
 */
@PortalTest
class HostileCounselorServiceTest {

  @Autowired CounselorService counselors;
  @Autowired AgencyService agencies;
  @Autowired AccountService accounts;
  @Autowired SignIn signIn;

  private Agency gulfport;
  private Agency hattiesburg;
  private Counselor hattiesburgCounselor;

  @BeforeEach
  void createOwnRecords() {
    signIn.as(SignIn.DIRECTOR);
    gulfport = agencies.findByCodeInScope("GULFPORT-PD").orElseThrow();
    hattiesburg = agencies.findByCodeInScope("HATTIESBURG-PD").orElseThrow();
    hattiesburgCounselor = counselors.create(newCounselor(hattiesburg, "Hostile"));
    signIn.out();
  }

  @AfterEach
  void signOut() {
    signIn.out();
  }

  private static Counselor newCounselor(Agency agency, String lastName) {
    String email = "sso-hostile-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    return new Counselor("Test", lastName, agency, agency.getHomeCounty(), email);
  }

  @Test
  void liaisonReadsAnotherAgencysCounselorAsNotFound() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThat(counselors.findInScope(hattiesburgCounselor.getId())).isEmpty();
    signIn.as(SignIn.COUNSELOR);
    assertThat(counselors.findInScope(hattiesburgCounselor.getId())).isEmpty();
    signIn.as(SignIn.LIAISON_HATTIESBURG);
    assertThat(counselors.findInScope(hattiesburgCounselor.getId())).isPresent();
  }

  @Test
  void liaisonCannotSaveIntoAnotherAgency() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThatThrownBy(() -> counselors.create(newCounselor(hattiesburg, "Intruder")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void liaisonCannotMoveOwnCounselorIntoAnotherAgency() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    Counselor own = counselors.create(newCounselor(gulfport, "Mover"));
    own.setAgency(hattiesburg);
    assertThatThrownBy(() -> counselors.update(own)).isInstanceOf(AccessDeniedException.class);
    signIn.as(SignIn.LIAISON_HATTIESBURG);
    assertThat(counselors.findInScope(own.getId())).isEmpty();
  }

  @Test
  void liaisonFiguresCoverOwnAgencyOnly() {
    signIn.as(SignIn.DIRECTOR);
    var statewide = counselors.rosterFigures();
    long statewideCount = counselors.countAll();
    signIn.as(SignIn.LIAISON_GULFPORT);
    var gulfportFigures = counselors.rosterFigures();
    assertThat(gulfportFigures.activeCounselors())
        .isPositive()
        .isLessThan(statewide.activeCounselors());
    assertThat(counselors.countAll()).isPositive().isLessThan(statewideCount);
    assertThat(gulfportFigures.activeByRegion().stream().mapToLong(r -> r.counselors()).sum())
        .isEqualTo(gulfportFigures.activeCounselors());
  }

  @Test
  void counselorCannotCallLiaisonOrDirectorActions() {
    signIn.as(SignIn.COUNSELOR);
    assertThatThrownBy(() -> counselors.create(newCounselor(gulfport, "Self-made")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() ->
            accounts.provisionAccount(
                "sso-escalate@test.example", "Escalate", Set.of(Role.DIRECTOR), Set.of(), null))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void liaisonCannotProvisionAccounts() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThatThrownBy(() ->
            accounts.provisionAccount(
                "sso-escalate2@test.example",
                "Escalate",
                Set.of(Role.LIAISON),
                Set.of(hattiesburg.getId()),
                null))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void unplacedPersonSeesNothing() {
    SecurityContexts.signInAs(
        new PortalUser(
            null,
            "Nobody",
            "nobody@test.example",
            Set.of(Role.LIAISON),
            Set.of(),
            List.of(),
            null));
    assertThat(counselors.countAll()).isZero();
    assertThat(counselors.rosterFigures().activeCounselors()).isZero();
    assertThat(counselors.findInScope(hattiesburgCounselor.getId())).isEmpty();
    assertThatThrownBy(() -> counselors.create(newCounselor(gulfport, "Nobody")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anonymousCallerIsRefused() {
    assertThatThrownBy(() -> counselors.rosterFigures())
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    assertThatThrownBy(() -> counselors.countAll())
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    assertThatThrownBy(() -> counselors.findInScope(hattiesburgCounselor.getId()))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    assertThatThrownBy(() -> counselors.create(newCounselor(gulfport, "Anon")))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }

  @Test
  void signInDirectoryLookupRevealsOnlyTheLink() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThat(counselors.findByEmail(null)).isEmpty();
    assertThat(counselors.findByEmail(" ")).isEmpty();
    assertThat(counselors.findByEmail(SignIn.COUNSELOR))
        .get()
        .extracting(link -> link.agencyId())
        .isEqualTo(gulfport.getId());
  }
}
