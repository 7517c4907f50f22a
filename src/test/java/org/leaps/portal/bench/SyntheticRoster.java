package org.leaps.portal.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.counselor.CertifyingBody;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorSeeding;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.CounselorStatus;
import org.leaps.portal.counselor.Specialty;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.geography.ZipCentroids;
import org.leaps.portal.security.SystemAccess;

/**
 * The fictional statewide roster the benchmarks measure: counselors spread over the state's
 * agencies until the roster holds {@link #SIZE}, the same for the roster benchmark and the load
 * run. Names repeat on purpose (a prefix filter matches hundreds); one in ten is inactive, one in
 * five has no training yet, one in twenty also serves a second agency (decision 015), four in five
 * have a home ZIP code. Written through {@link CounselorSeeding} like an import, so every derived
 * column is filled as the portal fills it.
 */
public final class SyntheticRoster {

  public static final int SIZE = 10_000;

  private static final String[] FIRST = {
    "Avery", "Blake", "Casey", "Drew", "Emery", "Frankie", "Gray", "Harper", "Jordan", "Kendall",
    "Logan", "Morgan", "Quinn", "Reese", "Sawyer", "Taylor", "William", "Wilma"
  };

  private static final String[] LAST = {
    "Anderson",
    "Brooks",
    "Coleman",
    "Dawson",
    "Ellis",
    "Fields",
    "Griffin",
    "Hayes",
    "Irving",
    "Jenkins",
    "Keller",
    "Lowe",
    "Mercer",
    "Nolan",
    "Owens",
    "Porter",
    "Reyes",
    "Sutton",
    "Tate",
    "Vance",
    "Walker",
    "Wilkins",
    "Young"
  };

  private SyntheticRoster() {}

  /**
   * Adds counselors until the roster holds {@link #SIZE}; returns how many were added. Emails are
   * {@code <emailPrefix><n>@bench.invalid}, so a benchmark can find its own.
   */
  public static long fill(
      CounselorService counselors,
      CounselorSeeding seeding,
      AgencyService agencies,
      GeographyService geography,
      String emailPrefix,
      String source) {
    return SystemAccess.call(() -> {
      long existing = counselors.countAll();
      List<Agency> all = agencies.agenciesInScope();
      List<County> counties = geography.counties();
      Random random = new Random(42);
      Specialty[] specialties = Specialty.values();
      LocalDate today = LocalDate.now();
      long added = 0;
      List<Counselor> batch = new ArrayList<>();
      for (long i = existing; i < SIZE; i++) {
        Agency agency = all.get(random.nextInt(all.size()));
        County county =
            random.nextInt(4) == 0
                ? counties.get(random.nextInt(counties.size()))
                : agency.getHomeCounty();
        Counselor c =
            new Counselor(
                FIRST[random.nextInt(FIRST.length)],
                LAST[random.nextInt(LAST.length)] + (i % 97),
                agency,
                county,
                emailPrefix + i + "@bench.invalid");
        c.setBadgeNumber("BN" + i);
        c.setRankTitle(random.nextBoolean() ? "Officer" : "Sergeant");
        c.setStatus(random.nextInt(10) == 0 ? CounselorStatus.INACTIVE : CounselorStatus.ACTIVE);
        if (random.nextInt(5) != 0) {
          c.setBasicCourseDate(today.minusDays(100 + random.nextInt(2000)));
          c.setCertifyingBody(
              random.nextBoolean()
                  ? CertifyingBody.STATE_BOARD_OF_HEALTH
                  : CertifyingBody.DEPARTMENT_OF_PUBLIC_SAFETY);
          if (random.nextInt(6) != 0) {
            c.setDesignationDate(today.minusDays(50 + random.nextInt(1500)));
          }
          c.setRecertificationDue(today.plusDays(random.nextInt(900) - 200));
        }
        if (random.nextInt(20) == 0) {
          c.setAdditionalAgencies(Set.of(all.get(random.nextInt(all.size()))));
        }
        c.setSpecialties(
            EnumSet.of(
                specialties[random.nextInt(specialties.length)],
                specialties[random.nextInt(specialties.length)]));
        List<String> zips = ZipCentroids.inCounty(county.getFips());
        if (!zips.isEmpty() && random.nextInt(5) != 0) {
          c.setHomeZip(zips.get(random.nextInt(zips.size())));
        }
        batch.add(c);
        if (batch.size() == 500) {
          seeding.seed(batch, source);
          added += batch.size();
          batch = new ArrayList<>();
        }
      }
      if (!batch.isEmpty()) {
        seeding.seed(batch, source);
        added += batch.size();
      }
      return added;
    });
  }
}
