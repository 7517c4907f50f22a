package org.leaps.portal.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** "Who can respond now": ranking by distance, agency scope, and the liaison's aggregate count. */
@PortalTest
class RespondersTest {

  @Autowired AvailabilityService service;
  @Autowired CounselorService counselors;
  @Autowired SignIn signIn;

  PortalUser hannah;
  String hannahCounty;

  @BeforeEach
  void hannahIsUnavailable() {
    hannah = DemoCounselor.withStatus(service, signIn, AvailabilityStatus.UNAVAILABLE);
    signIn.as(SignIn.DIRECTOR);
    hannahCounty =
        counselors.findInScope(hannah.counselorId()).orElseThrow().getHomeCounty().getFips();
  }

  @AfterEach
  void signOut() {
    signIn.out();
  }

  private List<Responder> all(String fips) {
    return service.responders(fips, 0, 10_000);
  }

  @Test
  void directorSeesRespondersStatewideNearestFirst() {
    signIn.as(SignIn.DIRECTOR);
    List<Responder> list = all(hannahCounty);
    assertThat(list).hasSizeGreaterThan(50);
    assertThat(list).extracting(Responder::distanceKm).isSortedAccordingTo(Double::compare);
    assertThat(list).extracting(Responder::rank).startsWith(1, 2, 3);
    assertThat(list).allSatisfy(r -> assertThat(r.status().canRespond()).isTrue());
    assertThat(list.stream().map(Responder::agencyName).distinct().count()).isGreaterThan(5);
    // Real callout history (CalloutHistory): other tests' accepted callouts count here.
    assertThat(list).extracting(Responder::calloutsLast30Days).allMatch(n -> n >= 0);
    assertThat(service.summary(hannahCounty).inScope()).isEqualTo(list.size());
    assertThat(service.summary(hannahCounty).otherAgenciesNearby()).isNull();
  }

  @Test
  void aCounselorWhoBecomesAvailableAppearsAtTheTopGroupOfHerCounty() {
    signIn.as(SignIn.DIRECTOR);
    assertThat(all(hannahCounty)).extracting(Responder::name).doesNotContain("Hannah Delacroix");
    signIn.as(SignIn.COUNSELOR);
    service.setMyStatus(AvailabilityStatus.AVAILABLE, null);
    signIn.as(SignIn.DIRECTOR);
    Responder found =
        all(hannahCounty).stream()
            .filter(r -> r.counselorId().equals(hannah.counselorId()))
            .findFirst()
            .orElseThrow();
    assertThat(found.distanceKm()).isZero();
    assertThat(found.privilegeEligible()).isTrue();
    assertThat(found.pickMe()).isTrue();
    assertThat(found.agencyName()).isEqualTo("Gulfport Police Department");
    assertThat(found.status()).isEqualTo(AvailabilityStatus.AVAILABLE);
  }

  @Test
  void pagesAreSlicesOfTheSameRanking() {
    signIn.as(SignIn.DIRECTOR);
    List<Responder> list = all(hannahCounty);
    List<Responder> second = service.responders(hannahCounty, 10, 10);
    assertThat(second)
        .extracting(Responder::counselorId)
        .containsExactlyElementsOf(
            list.subList(10, 20).stream().map(Responder::counselorId).toList());
    assertThat(second.getFirst().rank()).isEqualTo(11);
    assertThat(service.responders(hannahCounty, 100_000, 10)).isEmpty();
  }

  @Test
  void liaisonSeesOwnAgencyByNameAndOthersOnlyAsACount() {
    signIn.as(SignIn.COUNSELOR);
    service.setMyStatus(AvailabilityStatus.AVAILABLE, null);

    signIn.as(SignIn.LIAISON_GULFPORT);
    List<Responder> gulfport = all(hannahCounty);
    assertThat(gulfport)
        .extracting(Responder::agencyName)
        .containsOnly("Gulfport Police Department");
    assertThat(gulfport).extracting(Responder::name).contains("Hannah Delacroix");

    signIn.as(SignIn.LIAISON_HATTIESBURG);
    List<Responder> hattiesburg = all(hannahCounty);
    assertThat(hattiesburg)
        .extracting(Responder::agencyName)
        .containsOnly("Hattiesburg Police Department");
    assertThat(hattiesburg).extracting(Responder::name).doesNotContain("Hannah Delacroix");
    int withHannah = service.summary(hannahCounty).otherAgenciesNearby();

    signIn.as(SignIn.COUNSELOR);
    service.setMyStatus(AvailabilityStatus.UNAVAILABLE, null);
    signIn.as(SignIn.LIAISON_HATTIESBURG);
    ResponseSummary without = service.summary(hannahCounty);
    assertThat(without.otherAgenciesNearby()).isEqualTo(withHannah - 1);
    assertThat(without.inScope()).isEqualTo(hattiesburg.size());
  }

  @Test
  void theLiaisonsCountMatchesWhatTheDirectorSeesNearby() {
    signIn.as(SignIn.DIRECTOR);
    long nearbyNotGulfport =
        all(hannahCounty).stream()
            .filter(r -> r.distanceKm() <= DriveRadius.NEARBY_KM)
            .filter(r -> !r.agencyName().equals("Gulfport Police Department"))
            .count();
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThat(service.summary(hannahCounty).otherAgenciesNearby())
        .isEqualTo((int) nearbyNotGulfport);
  }

  @Test
  void counselorsCannotAskWhoCanRespond() {
    signIn.as(SignIn.COUNSELOR);
    assertThatThrownBy(() -> service.responders(hannahCounty, 0, 10))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.coverage()).isInstanceOf(AccessDeniedException.class);
    signIn.out();
    assertThatThrownBy(() -> service.summary(hannahCounty))
        .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
  }

  @Test
  void anUnknownCountyIsRefusedByName() {
    signIn.as(SignIn.DIRECTOR);
    assertThatThrownBy(() -> service.summary("99999")).hasMessageStartingWith("County:");
    assertThatThrownBy(() -> service.responders("99999", 0, 10)).hasMessageStartingWith("County:");
  }

  @Test
  void coverageCountsEligibleRespondersWithinThirtyMinutes() {
    signIn.as(SignIn.DIRECTOR);
    List<CountyCoverage> before = service.coverage();
    assertThat(before).hasSize(82);
    int harrisonBefore = countFor(before, hannahCounty);
    long eligibleNearby =
        all(hannahCounty).stream()
            .filter(Responder::privilegeEligible)
            .filter(r -> r.distanceKm() <= DriveRadius.COVERAGE_KM)
            .count();
    assertThat(harrisonBefore).isEqualTo((int) eligibleNearby);

    signIn.as(SignIn.COUNSELOR);
    service.setMyStatus(AvailabilityStatus.ON_CALL, null);
    signIn.as(SignIn.LIAISON_HATTIESBURG); // counts only, so a liaison sees the same map
    assertThat(countFor(service.coverage(), hannahCounty)).isEqualTo(harrisonBefore + 1);
  }

  private static int countFor(List<CountyCoverage> coverage, String fips) {
    return coverage.stream()
        .filter(c -> c.fips().equals(fips))
        .findFirst()
        .orElseThrow()
        .eligibleResponders();
  }
}
