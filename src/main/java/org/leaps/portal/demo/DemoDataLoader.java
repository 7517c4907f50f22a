package org.leaps.portal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencySeeding;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorSeeding;
import org.leaps.portal.demo.DemoDataGenerator.AgencySpec;
import org.leaps.portal.demo.DemoDataGenerator.CounselorSpec;
import org.leaps.portal.demo.DemoDataGenerator.CountyWeight;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.security.AccountService;
import org.leaps.portal.security.DemoAccount;
import org.leaps.portal.security.Role;
import org.leaps.portal.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo roster and the demo accounts. Runs only where {@code
 * leaps.demo.enabled} is true (the default profile; false in prod), and never touches a database
 * that already has agencies.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "leaps.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoDataLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
  private static final String SOURCE = "demo data";

  private final GeographyService geography;
  private final AgencyService agencyService;
  private final AgencySeeding agencySeeding;
  private final CounselorSeeding counselorSeeding;
  private final AccountService accountService;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DemoDataLoader(
      GeographyService geography,
      AgencyService agencyService,
      AgencySeeding agencySeeding,
      CounselorSeeding counselorSeeding,
      AccountService accountService,
      TransactionTemplate transaction,
      Clock clock) {
    this.geography = geography;
    this.agencyService = agencyService;
    this.agencySeeding = agencySeeding;
    this.counselorSeeding = counselorSeeding;
    this.accountService = accountService;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    SystemAccess.run(() -> transaction.executeWithoutResult(status -> loadIfEmpty()));
  }

  private void loadIfEmpty() {
    if (!agencyService.agenciesInScope().isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    List<County> counties = geography.counties();
    Map<String, County> countyByFips = geography.countiesByFips();
    var data =
        DemoDataGenerator.generate(
            counties.stream()
                .map(c -> new CountyWeight(c.getFips(), c.getName(), c.getPopulation()))
                .toList(),
            LocalDate.now(clock));

    List<Agency> agencies = new ArrayList<>();
    for (AgencySpec spec : data.agencies()) {
      agencies.add(
          new Agency(spec.code(), spec.name(), spec.type(), countyByFips.get(spec.countyFips())));
    }
    Map<String, Agency> agencyByCode =
        agencySeeding.seed(agencies, SOURCE).stream()
            .collect(Collectors.toMap(Agency::getCode, a -> a));

    List<Counselor> counselors = new ArrayList<>();
    var alsoServes = DemoDataGenerator.additionalAgencies(data);
    for (int i = 0; i < data.counselors().size(); i++) {
      Counselor counselor = toCounselor(data.counselors().get(i), agencyByCode, countyByFips);
      counselor.setAdditionalAgencies(
          alsoServes.get(i).stream()
              .map(agencyByCode::get)
              .collect(java.util.stream.Collectors.toSet()));
      counselors.add(counselor);
    }
    Counselor demoCounselor = demoCounselor(agencyByCode, countyByFips);
    counselors.add(demoCounselor);
    counselorSeeding.seed(counselors, SOURCE);

    Map<String, Long> ids = new HashMap<>();
    agencyByCode.forEach((code, agency) -> ids.put(code, agency.getId()));
    for (DemoAccount account : DemoAccount.ALL) {
      if (account.role() == Role.OFFICER) {
        accountService.provisionOfficer(
            account.email(), account.displayName(), ids.get(account.agencyCodes().getFirst()));
        continue;
      }
      Set<Long> liaisonOf =
          account.role() == Role.LIAISON
              ? account.agencyCodes().stream().map(ids::get).collect(Collectors.toSet())
              : Set.of();
      accountService.provisionAccount(
          account.email(),
          account.displayName(),
          EnumSet.of(account.role()),
          liaisonOf,
          account.role() == Role.COUNSELOR ? demoCounselor.getId() : null);
    }
    log.info(
        "Demo data loaded: {} agencies, {} counselors, {} demo accounts in {} ms",
        agencies.size(),
        counselors.size(),
        DemoAccount.ALL.size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  private Counselor demoCounselor(Map<String, Agency> agencyByCode, Map<String, County> counties) {
    DemoAccount account =
        DemoAccount.ALL.stream().filter(a -> a.role() == Role.COUNSELOR).findFirst().orElseThrow();
    Agency agency = agencyByCode.get(account.agencyCodes().getFirst());
    String[] names = account.displayName().split(" ", 2);
    var counselor =
        new Counselor(names[0], names[1], agency, agency.getHomeCounty(), account.email());
    LocalDate today = LocalDate.now(clock);
    counselor.setRankTitle("Officer");
    counselor.setBadgeNumber("4471");
    counselor.setMobilePhone("(228) 555-0147");
    counselor.setWorkPhone("(228) 555-0100");
    counselor.setBasicCourseDate(today.minusYears(3));
    counselor.setCertifyingBody(
        org.leaps.portal.counselor.CertifyingBody.DEPARTMENT_OF_PUBLIC_SAFETY);
    counselor.setDesignationDate(today.minusYears(3).plusMonths(1));
    counselor.setRecertificationDue(today.plusMonths(10));
    counselor.setContinuingEducationHours(16);
    counselor.setHomeZip("39501");
    counselor.setSpecialties(
        EnumSet.of(
            org.leaps.portal.counselor.Specialty.OFFICER_INVOLVED_SHOOTING,
            org.leaps.portal.counselor.Specialty.SCHOOL_INCIDENT));
    return counselor;
  }

  private static Counselor toCounselor(
      CounselorSpec spec, Map<String, Agency> agencyByCode, Map<String, County> counties) {
    var counselor =
        new Counselor(
            spec.firstName(),
            spec.lastName(),
            agencyByCode.get(spec.agencyCode()),
            counties.get(spec.countyFips()),
            spec.email());
    counselor.setRankTitle(spec.rankTitle());
    counselor.setBadgeNumber(spec.badgeNumber());
    counselor.setWorkPhone(spec.workPhone());
    counselor.setMobilePhone(spec.mobilePhone());
    counselor.setStatus(spec.status());
    counselor.setSpecialties(spec.specialties());
    counselor.setBasicCourseDate(spec.basicCourseDate());
    counselor.setCertifyingBody(spec.certifyingBody());
    counselor.setDesignationDate(spec.designationDate());
    counselor.setRecertificationDue(spec.recertificationDue());
    counselor.setContinuingEducationHours(spec.continuingEducationHours());
    counselor.setHomeZip(demoZip(spec));
    return counselor;
  }

  /** Four in five demo counselors give a ZIP of their home county; the rest show "approximate". */
  private static String demoZip(CounselorSpec spec) {
    var zips = org.leaps.portal.geography.ZipCentroids.inCounty(spec.countyFips());
    int hash = Math.floorMod(spec.email().hashCode(), 5 * Math.max(1, zips.size()));
    return zips.isEmpty() || hash % 5 == 4 ? null : zips.get(hash / 5);
  }
}
