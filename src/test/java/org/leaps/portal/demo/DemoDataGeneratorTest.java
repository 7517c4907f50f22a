package org.leaps.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leaps.portal.demo.DemoDataGenerator.CounselorSpec;
import org.leaps.portal.demo.DemoDataGenerator.CountyWeight;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.testsupport.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PortalTest
class DemoDataGeneratorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Autowired GeographyService geography;
  @Autowired JdbcTemplate jdbc;

  private List<CountyWeight> counties() {
    return geography.counties().stream()
        .map(c -> new CountyWeight(c.getFips(), c.getName(), c.getPopulation()))
        .toList();
  }

  @Test
  void sameInputGivesTheSameRoster() {
    var first = DemoDataGenerator.generate(counties(), TODAY);
    var second = DemoDataGenerator.generate(counties(), TODAY);
    assertThat(first).isEqualTo(second);
  }

  @Test
  void aboutEightHundredCounselorsInAboutOneHundredThirtyAgencies() {
    var data = DemoDataGenerator.generate(counties(), TODAY);
    assertThat(data.counselors()).hasSize(800);
    assertThat(data.agencies()).hasSizeBetween(120, 145);
    assertThat(data.counselors()).extracting(CounselorSpec::email).doesNotHaveDuplicates();
    assertThat(data.counselors())
        .allSatisfy(c -> assertThat(c.mobilePhone()).matches("\\(\\d{3}\\) 555-01\\d{2}"));
  }

  @Test
  void someDeputiesAlsoServeTheirCountysSchoolDistrictPolice() {
    var data = DemoDataGenerator.generate(counties(), TODAY);
    var additional = DemoDataGenerator.additionalAgencies(data);
    assertThat(additional).hasSameSizeAs(data.counselors());
    var codes =
        data.agencies().stream()
            .collect(Collectors.toMap(DemoDataGenerator.AgencySpec::code, a -> a));
    long serving = additional.stream().filter(s -> !s.isEmpty()).count();
    assertThat(serving).isBetween(3L, 40L);
    for (int i = 0; i < additional.size(); i++) {
      for (String code : additional.get(i)) {
        var own = codes.get(data.counselors().get(i).agencyCode());
        assertThat(own.type()).isEqualTo(org.leaps.portal.agency.AgencyType.SHERIFFS_OFFICE);
        assertThat(codes.get(code).type())
            .isEqualTo(org.leaps.portal.agency.AgencyType.SCHOOL_DISTRICT_POLICE);
        assertThat(codes.get(code).countyFips()).isEqualTo(own.countyFips());
      }
    }
    // The demo database holds them too.
    assertThat(jdbc.queryForObject("select count(*) from counselor_agency", Long.class))
        .isGreaterThanOrEqualTo(serving);
  }

  @Test
  void populousCountiesGetMoreCounselors() {
    var data = DemoDataGenerator.generate(counties(), TODAY);
    Map<String, Long> perCounty =
        data.counselors().stream()
            .collect(Collectors.groupingBy(CounselorSpec::countyFips, Collectors.counting()));
    long hinds = perCounty.getOrDefault("28049", 0L);
    long issaquena = perCounty.getOrDefault("28055", 0L);
    assertThat(hinds).isGreaterThan(issaquena * 5);
    assertThat(perCounty.keySet()).hasSizeGreaterThan(70);
  }

  @Test
  void theLoadedDemoDatabaseHasEveryCountyInARegionAndTheDemoAccounts() {
    assertThat(jdbc.queryForObject("select count(*) from counselor", Integer.class))
        .isGreaterThanOrEqualTo(800);
    assertThat(
            jdbc.queryForObject(
                "select count(distinct region_code) from county where region_code is not null",
                Integer.class))
        .isEqualTo(9);
    assertThat(jdbc.queryForList("select email from portal_account order by email", String.class))
        .contains("director@leaps.example", "liaison.gulfport@leaps.example");
  }
}
