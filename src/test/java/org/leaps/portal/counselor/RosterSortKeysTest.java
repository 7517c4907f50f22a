package org.leaps.portal.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.agency.AgencyType;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The roster keeps each counselor's region and agency name for filtering and sorting without joins:
 * they follow a change of home county, a move to another agency and a rename of the agency.
 */
@PortalTest
class RosterSortKeysTest {

  @Autowired SignIn signIn;
  @Autowired CounselorService service;
  @Autowired AgencyService agencies;
  @Autowired RosterFixtures fixtures;

  @BeforeEach
  void director() {
    fixtures.useThisContextsSecurity();
    signIn.as(SignIn.DIRECTOR);
  }

  @AfterEach
  void out() {
    signIn.out();
  }

  @Test
  void regionFollowsTheHomeCounty() {
    String last = RosterFixtures.unique("Regional");
    Counselor c = service.create(fixtures.draft("GULFPORT-PD", last));
    assertThat(c.getRegionCode()).isEqualTo("K"); // Harrison: Troop K
    var inK = RosterFilter.none().withName(last).withRegion("K");
    assertThat(service.count(inK)).isOne();

    Counselor edited = service.findInScope(c.getId()).orElseThrow();
    edited.setHomeCounty(fixtures.county("Forrest"));
    service.update(edited);
    assertThat(service.count(inK)).isZero();
    assertThat(
            service.page(RosterFilter.none().withName(last).withRegion("J"), PageRequest.of(0, 5)))
        .extracting(RosterRow::regionName)
        .containsExactly("Troop J (Hattiesburg)");
  }

  @Test
  void agencySortFollowsAMoveAndARenameOfTheAgency() {
    String code = "SORTKEY-" + RosterFixtures.unique("").substring(0, 6).toUpperCase();
    Agency agency =
        agencies.create(
            new Agency(
                code,
                "Zzz Sort Key Agency",
                AgencyType.SHERIFFS_OFFICE,
                fixtures.county("Harrison")));
    String last = RosterFixtures.unique("Sortkey");
    Counselor inGulfport = service.create(fixtures.draft("GULFPORT-PD", last));
    Counselor moved = fixtures.draft("GULFPORT-PD", last);
    moved = service.create(moved);
    Counselor edited = service.findInScope(moved.getId()).orElseThrow();
    edited.setAgency(agency);
    service.update(edited);

    var mine = RosterFilter.none().withName(last);
    assertThat(service.page(mine, PageRequest.of(0, 5, Sort.by("agency"))))
        .extracting(RosterRow::agencyName)
        .containsExactly("Gulfport Police Department", "Zzz Sort Key Agency");

    Agency renamed = agencies.findInScope(agency.getId()).orElseThrow();
    renamed.setName("Aaa Renamed Agency");
    agencies.update(renamed);
    assertThat(service.page(mine, PageRequest.of(0, 5, Sort.by("agency"))))
        .extracting(RosterRow::id, RosterRow::agencyName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(moved.getId(), "Aaa Renamed Agency"),
            org.assertj.core.groups.Tuple.tuple(inGulfport.getId(), "Gulfport Police Department"));
  }
}
