package org.leaps.portal.bench;

import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.counselor.CertificationStatus;
import org.leaps.portal.counselor.CounselorSeeding;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.CounselorStatus;
import org.leaps.portal.counselor.RosterFilter;
import org.leaps.portal.counselor.Specialty;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The roster grid at 10,000 counselors: one filtered page of 50 plus its count, through the secured
 * service exactly as the grid calls it. One seeded counselor in twenty also serves a second agency,
 * so the liaison's scope includes counselors of other agencies. Prints p50/p95/max; never asserts
 * timings.
 */
@Tag("benchmark")
@PortalTest
class RosterBenchmark {

  private static final int WARMUP = 50;
  private static final int RUNS = 300;

  @Autowired CounselorService counselors;
  @Autowired CounselorSeeding seeding;
  @Autowired AgencyService agencies;
  @Autowired GeographyService geography;
  @Autowired SignIn signIn;

  @AfterEach
  void out() {
    signIn.out();
  }

  @Test
  void filteredPageOf50At10000Counselors() {
    long seeded = seed();
    signIn.as(SignIn.DIRECTOR);
    long total = counselors.count(RosterFilter.none());
    System.out.printf(
        "%nRosterBenchmark: %,d counselors (%,d added), page size 50, %d runs after %d warm-up%n",
        total, seeded, RUNS, WARMUP);
    var active = RosterFilter.none().withStatus(CounselorStatus.ACTIVE);
    Long gulfport = agencies.findByCodeInScope("GULFPORT-PD").orElseThrow().getId();
    measure("director, no filter, sort by name", RosterFilter.none(), Sort.by("name"));
    measure("director, active + region 'C', sort by name", active.withRegion("C"), Sort.by("name"));
    measure("director, name prefix 'Wil'", RosterFilter.none().withName("Wil"), Sort.by("name"));
    measure(
        "director, active + specialty, sort by agency",
        active.withSpecialty(Specialty.MASS_CASUALTY),
        Sort.by("agency"));
    measure(
        "director, lapsed certification, sort by recertification",
        RosterFilter.none().withCertification(CertificationStatus.LAPSED),
        Sort.by("certification"));
    measure(
        "director, agency filter, sort by privilege badge",
        RosterFilter.none().withAgency(gulfport),
        Sort.by(Sort.Direction.DESC, "eligible"));
    measure(
        "director, page 100 (offset 4,950), sort by county",
        RosterFilter.none(),
        Sort.by("county"),
        99);
    signIn.as(SignIn.LIAISON_GULFPORT);
    measure("Gulfport liaison, active, sort by name", active, Sort.by("name"));
  }

  private void measure(String label, RosterFilter filter, Sort sort) {
    measure(label, filter, sort, 0);
  }

  private void measure(String label, RosterFilter filter, Sort sort, int page) {
    var pageable = PageRequest.of(page, 50, sort);
    Supplier<Integer> call =
        () -> {
          long count = counselors.count(filter);
          return counselors.page(filter, pageable).size() + (int) Math.min(count, 0);
        };
    for (int i = 0; i < WARMUP; i++) {
      call.get();
    }
    long[] nanos = new long[RUNS];
    int rows = 0;
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      rows = call.get();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "  %-60s rows %3d  p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms  (count %,d)%n",
        label,
        rows,
        nanos[RUNS / 2] / 1e6,
        nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6,
        nanos[RUNS - 1] / 1e6,
        counselors.count(filter));
  }

  /** Adds the fictional counselors until the roster holds 10,000; returns how many were added. */
  private long seed() {
    return SyntheticRoster.fill(
        counselors, seeding, agencies, geography, "bench.", "roster benchmark");
  }
}
