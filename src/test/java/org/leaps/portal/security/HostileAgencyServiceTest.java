package org.leaps.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * A liaison of Gulfport, a counselor and an anonymous caller try every public AgencyService method
 * on another agency: each is denied, or the other agency is invisible.
 */
@PortalTest
class HostileAgencyServiceTest {

  @Autowired AgencyService agencies;
  @Autowired SignIn signIn;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  private static Agency copyOf(Agency agency, String code) {
    return new Agency(code, agency.getName(), agency.getType(), agency.getHomeCounty());
  }

  private long id(String code) {
    return agencies.agencyIdByCode(code).orElseThrow();
  }

  @Test
  void liaisonListsOnlyOwnAgency() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThat(agencies.agenciesInScope())
        .extracting(Agency::getCode)
        .containsExactly("GULFPORT-PD");
    assertThat(agencies.countActiveAgenciesInScope()).isEqualTo(1);
  }

  @Test
  void liaisonReadsAnotherAgencyAsNotFound() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThat(agencies.findInScope(id("HATTIESBURG-PD"))).isEmpty();
    assertThat(agencies.findByCodeInScope("HATTIESBURG-PD")).isEmpty();
    assertThat(agencies.findInScope(id("GULFPORT-PD"))).isPresent();
    assertThat(agencies.findByCodeInScope("GULFPORT-PD")).isPresent();
  }

  @Test
  void findInScopeWithAnotherAgencysIdIsEmptyForEveryNonStatewideRole() {
    long hattiesburg = id("HATTIESBURG-PD");
    for (String email : List.of(SignIn.LIAISON_GULFPORT, SignIn.COUNSELOR)) {
      signIn.as(email);
      assertThat(agencies.findInScope(hattiesburg)).as(email).isEmpty();
    }
    signIn.as(SignIn.LIAISON_HATTIESBURG);
    assertThat(agencies.findInScope(id("GULFPORT-PD"))).isEmpty();
    assertThat(agencies.findInScope(hattiesburg)).isPresent();
  }

  @Test
  void unknownIdIsNotFoundToo() {
    signIn.as(SignIn.DIRECTOR);
    assertThat(agencies.findInScope(-42L)).isEmpty();
    assertThat(agencies.findByCodeInScope("NO-SUCH-AGENCY")).isEmpty();
  }

  @Test
  void liaisonCannotSaveAnyAgencyEvenItsOwn() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    Agency own = agencies.findInScope(id("GULFPORT-PD")).orElseThrow();
    assertThatThrownBy(() -> agencies.update(own)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> agencies.create(copyOf(own, "GULFPORT-PD-2")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void counselorCannotCallDirectorActions() {
    signIn.as(SignIn.DIRECTOR);
    Agency hattiesburg = agencies.findInScope(id("HATTIESBURG-PD")).orElseThrow();
    signIn.as(SignIn.COUNSELOR);
    assertThatThrownBy(() -> agencies.update(hattiesburg))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> agencies.create(copyOf(hattiesburg, "HATTIESBURG-PD-2")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void staffIsStatewideButCannotSaveAgencies() {
    signIn.as(SignIn.STAFF);
    assertThat(agencies.findInScope(id("HATTIESBURG-PD"))).isPresent();
    Agency any = agencies.findInScope(id("HATTIESBURG-PD")).orElseThrow();
    assertThatThrownBy(() -> agencies.update(any)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anonymousCallerIsRefusedEverywhere() {
    signIn.out();
    assertThatThrownBy(() -> agencies.agenciesInScope())
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    assertThatThrownBy(() -> agencies.countActiveAgenciesInScope())
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    assertThatThrownBy(() -> agencies.findInScope(1L))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    assertThatThrownBy(() -> agencies.findByCodeInScope("GULFPORT-PD"))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    assertThatThrownBy(() -> agencies.create(new Agency("ANON", "Anon", null, null)))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }

  @Test
  void signInDirectoryMethodsRevealOnlyIdsAndNames() {
    // Used at sign-in before any scope exists; they expose no roster data.
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThat(agencies.agencyIdByCode("HATTIESBURG-PD")).isPresent();
    assertThat(agencies.agencyNames(List.of(id("HATTIESBURG-PD"))))
        .containsExactly("Hattiesburg Police Department");
    assertThat(agencies.agencyNames(List.of())).isEmpty();
    assertThat(agencies.agencyIdByCode("NO-SUCH-AGENCY")).isEmpty();
  }
}
