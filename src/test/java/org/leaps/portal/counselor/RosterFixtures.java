package org.leaps.portal.counselor;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.security.SystemAccess;
import org.springframework.stereotype.Component;

/** Creates uniquely named counselors for tests, so tests never touch demo records. */
@Component
public class RosterFixtures {

  private final CounselorService counselors;
  private final AgencyService agencies;
  private final GeographyService geography;

  private final org.springframework.context.ApplicationContext context;

  RosterFixtures(
      CounselorService counselors,
      AgencyService agencies,
      GeographyService geography,
      org.springframework.context.ApplicationContext context) {
    this.counselors = counselors;
    this.agencies = agencies;
    this.geography = geography;
    this.context = context;
  }

  /** See {@link org.leaps.portal.testsupport.SecurityStrategyExtension}. */
  public void useThisContextsSecurity() {
    org.leaps.portal.testsupport.SecurityStrategyExtension.useStrategyOf(context);
  }

  public Agency agency(String code) {
    return SystemAccess.call(() -> agencies.findByCodeInScope(code).orElseThrow());
  }

  public County county(String name) {
    return geography.countyByName(name).orElseThrow();
  }

  public static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A new, unsaved, valid and privilege-eligible counselor of this agency. */
  public Counselor draft(String agencyCode, String lastName) {
    String token = UUID.randomUUID().toString().substring(0, 8);
    Counselor c =
        new Counselor(
            "Test",
            lastName,
            agency(agencyCode),
            county(agencyCode.startsWith("HATTIESBURG") ? "Forrest" : "Harrison"),
            "t." + token + "@test.invalid");
    c.setBadgeNumber("T" + token.substring(0, 6));
    c.setRankTitle("Officer");
    c.setMobilePhone("(228) 555-0199");
    c.setBasicCourseDate(LocalDate.now().minusYears(1));
    c.setCertifyingBody(CertifyingBody.DEPARTMENT_OF_PUBLIC_SAFETY);
    c.setDesignationDate(LocalDate.now().minusMonths(11));
    c.setRecertificationDue(LocalDate.now().plusYears(1));
    c.setSpecialties(EnumSet.of(Specialty.LINE_OF_DUTY_DEATH));
    return c;
  }

  /** A new agency of the test's own, with a unique code, so no other test reads or changes it. */
  public Agency newAgency(String name) {
    String code = "T-" + unique("").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    return SystemAccess.call(() ->
        agencies.create(
            new Agency(
                code,
                name + " " + code,
                org.leaps.portal.agency.AgencyType.SCHOOL_DISTRICT_POLICE,
                county("Harrison"))));
  }

  /**
   * Saves a new counselor of {@code agency} who also serves {@code alsoServes}, after {@code
   * details} set whatever else the test needs, and returns it detached.
   */
  public Counselor savedIn(
      Agency agency,
      java.util.Set<Agency> alsoServes,
      String lastName,
      java.util.function.Consumer<Counselor> details) {
    Counselor draft = draft("GULFPORT-PD", lastName);
    draft.setAgency(agency);
    draft.setAdditionalAgencies(alsoServes);
    details.accept(draft);
    return SystemAccess.call(() -> counselors.create(draft));
  }

  /** Saves a new counselor as the system (statewide), and returns it detached. */
  public Counselor saved(String agencyCode, String lastName) {
    Counselor draft = draft(agencyCode, lastName);
    return SystemAccess.call(() -> counselors.create(draft));
  }
}
