package org.leaps.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.CountyCoverage;
import org.leaps.portal.availability.Responder;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Who can respond now" over 10,000 counselors with schedules (target: p95 <= 25 ms on the server).
 * Adds synthetic counselors with availability to reach 10,000, then times what the screen does for
 * one county: the count plus the first page of 50, through the secured service, as the director
 * (statewide, the largest result) and as a liaison. Prints figures; asserts no timings.
 */
@Tag("benchmark")
@PortalTest
class AvailabilityBenchmark {

  private static final int TARGET = 10_000;
  private static final int WARMUP = 300;
  private static final int RUNS = 2_000;

  @Autowired AvailabilityService service;
  @Autowired SignIn signIn;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void whoCanRespondNowOverTenThousandCounselors() {
    long seedStarted = System.nanoTime();
    int added = addSyntheticCounselors();
    long seedMs = (System.nanoTime() - seedStarted) / 1_000_000;
    signIn.as(SignIn.DIRECTOR);
    long reloadStarted = System.nanoTime();
    service.reloadIndex();
    long reloadMs = (System.nanoTime() - reloadStarted) / 1_000_000;

    int counselors = jdbc.queryForObject("select count(*) from counselor", Integer.class);
    int withAvailability =
        jdbc.queryForObject("select count(*) from counselor_availability", Integer.class);
    int windows = jdbc.queryForObject("select count(*) from availability_window", Integer.class);
    assertThat(counselors).isGreaterThanOrEqualTo(TARGET);

    List<String> counties = service.coverage().stream().map(CountyCoverage::fips).toList();
    Random random = new Random(42);

    long[] director = time(() -> respondNow(counties.get(random.nextInt(counties.size()))));
    int respondingStatewide = service.summary(counties.getFirst()).inScope();

    signIn.as(SignIn.LIAISON_HATTIESBURG);
    long[] liaison = time(() -> respondNow(counties.get(random.nextInt(counties.size()))));

    signIn.as(SignIn.DIRECTOR);
    long[] coverage = time(() -> service.coverage());

    System.out.printf(
        "%nAvailabilityBenchmark: %,d counselors (%,d synthetic added in %,d ms),"
            + " %,d with availability, %,d weekly windows; index reload %,d ms;"
            + " %,d can respond now statewide%n",
        counselors, added, seedMs, withAvailability, windows, reloadMs, respondingStatewide);
    print("who can respond now, director (count + first 50)", director);
    print("who can respond now, liaison (count + first 50)", liaison);
    print("coverage map counts, 82 counties", coverage);
  }

  private Object respondNow(String fips) {
    var summary = service.summary(fips);
    List<Responder> page = service.responders(fips, 0, 50);
    return summary.inScope() + page.size();
  }

  private static long[] time(java.util.function.Supplier<Object> work) {
    Object sink = null;
    for (int i = 0; i < WARMUP; i++) {
      sink = work.get();
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long started = System.nanoTime();
      sink = work.get();
      nanos[i] = System.nanoTime() - started;
    }
    assertThat(sink).isNotNull();
    Arrays.sort(nanos);
    return nanos;
  }

  private static void print(String what, long[] sorted) {
    System.out.printf(
        "  %-50s p50 %6.2f ms   p95 %6.2f ms   max %6.2f ms   (%d runs)%n",
        what,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.95)] / 1e6,
        sorted[sorted.length - 1] / 1e6,
        sorted.length);
  }

  /** Synthetic counselors spread over the state's agencies, each with a plan. */
  private int addSyntheticCounselors() {
    int existing = jdbc.queryForObject("select count(*) from counselor", Integer.class);
    int toAdd = Math.max(0, TARGET - existing);
    if (toAdd == 0) {
      return 0;
    }
    List<Object[]> agencies =
        jdbc.query(
            "select id, home_county_fips from agency"
                + " where code not in ('GULFPORT-PD', 'HATTIESBURG-PD') order by id",
            (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)});
    Random random = new Random(2026);
    LocalDate today = LocalDate.now();
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < toAdd; i++) {
      Object[] agency = agencies.get(random.nextInt(agencies.size()));
      boolean certified = random.nextDouble() < 0.7;
      rows.add(
          new Object[] {
            "Bench" + i,
            "Counselor",
            agency[0],
            agency[1],
            "bench-" + i + "@bench.invalid",
            certified ? today.minusYears(2) : null,
            certified ? "STATE_BOARD_OF_HEALTH" : null,
            certified ? today.minusYears(2) : null,
            today.plusMonths(random.nextInt(24) - 3)
          });
    }
    jdbc.batchUpdate(
        "insert into counselor (version, first_name, last_name, agency_id, home_county_fips,"
            + " email, status, basic_course_date, certifying_body, designation_date,"
            + " recertification_due, ce_hours) values (0, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, 0)",
        rows);
    jdbc.update(
        "insert into counselor_availability (version, counselor_id, status, status_until, pick_me)"
            + " select 0, c.id,"
            + " case when mod(c.id, 5) = 0 then 'AVAILABLE' when mod(c.id, 11) = 0 then"
            + " 'UNAVAILABLE' else null end,"
            + " case when mod(c.id, 11) = 0 then timestampadd(HOUR, 8, utc_timestamp(6)) end,"
            + " mod(c.id, 2) = 0"
            + " from counselor c where c.email like 'bench-%@bench.invalid'");
    String days =
        "(select 'MONDAY' d union all select 'TUESDAY' union all select 'WEDNESDAY'"
            + " union all select 'THURSDAY' union all select 'FRIDAY' union all select 'SATURDAY'"
            + " union all select 'SUNDAY') days";
    // Three kinds of weekly schedule: weeknights overnight, daytime every day, weekends.
    jdbc.update(
        "insert into availability_window (availability_id, day_of_week, start_time, end_time)"
            + " select a.id, days.d,"
            + " case mod(a.counselor_id, 3) when 0 then '18:00' when 1 then '07:00' else '08:00'"
            + " end,"
            + " case mod(a.counselor_id, 3) when 0 then '06:00' when 1 then '17:00' else '20:00'"
            + " end"
            + " from counselor_availability a join counselor c on c.id = a.counselor_id"
            + " cross join "
            + days
            + " where c.email like 'bench-%@bench.invalid' and ("
            + " (mod(a.counselor_id, 3) = 0 and days.d in ('MONDAY','TUESDAY','WEDNESDAY',"
            + "'THURSDAY')) or mod(a.counselor_id, 3) = 1"
            + " or (mod(a.counselor_id, 3) = 2 and days.d in ('FRIDAY','SATURDAY','SUNDAY')))");
    jdbc.update(
        "insert into availability_exception (availability_id, kind, starts_at, ends_at)"
            + " select a.id, 'VACATION', utc_timestamp(6), timestampadd(DAY, 3, utc_timestamp(6))"
            + " from counselor_availability a join counselor c on c.id = a.counselor_id"
            + " where c.email like 'bench-%@bench.invalid' and mod(a.counselor_id, 13) = 0");
    return toAdd;
  }
}
