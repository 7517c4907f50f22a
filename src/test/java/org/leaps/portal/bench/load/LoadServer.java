package org.leaps.portal.bench.load;

import java.util.List;
import org.leaps.portal.LeapsPortalApplication;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.bench.SyntheticRoster;
import org.leaps.portal.counselor.CounselorSeeding;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.security.SystemAccess;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal as the load run sees it: the real application in its own JVM (production mode, the
 * embedded MariaDB under {@code target/load}), with the roster filled to 10,000 counselors and
 * sign-in accounts for the simulated people. {@link LoadBenchmark} starts it as a child process and
 * reads "LOAD-SERVER READY" from its output. Accounts sign in through the demo form with the demo
 * password, like the labelled demo accounts.
 *
 * <p>Seeded accounts (idempotent; a second start reuses them):
 *
 * <ul>
 *   <li>{@code load.counselor.N@bench.invalid}: counselor, linked to a counselor record;
 *   <li>{@code load.liaison.N@bench.invalid}: liaison for every agency of one region (about a tenth
 *       of the roster);
 *   <li>{@code load.staff.N@bench.invalid}: program staff (the whole 10,000).
 * </ul>
 */
public final class LoadServer {

  static final int ROSTER = SyntheticRoster.SIZE;
  static final String READY = "LOAD-SERVER READY";

  private LoadServer() {}

  public static void main(String[] args) {
    int counselorAccounts = Integer.getInteger("load.seed.counselors", 2_000);
    int liaisonAccounts = Integer.getInteger("load.seed.liaisons", 300);
    int staffAccounts = Integer.getInteger("load.seed.staff", 100);
    ConfigurableApplicationContext context =
        SpringApplication.run(LeapsPortalApplication.class, args);
    try {
      seed(context, counselorAccounts, liaisonAccounts, staffAccounts);
    } catch (RuntimeException e) {
      e.printStackTrace();
      context.close();
      System.exit(1);
    }
  }

  private static void seed(
      ConfigurableApplicationContext context,
      int counselorAccounts,
      int liaisonAccounts,
      int staffAccounts) {
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    long started = System.nanoTime();
    int added = fillRoster(context, jdbc);
    int accounts =
        seedCounselorAccounts(jdbc, counselorAccounts)
            + seedLiaisonAccounts(jdbc, liaisonAccounts)
            + seedStaffAccounts(jdbc, staffAccounts);
    if (added > 0) {
      AvailabilityService availability = context.getBean(AvailabilityService.class);
      SystemAccess.run(availability::reloadIndex);
    }
    System.out.printf(
        "%s roster %,d counselors (%,d added), %,d accounts added, seeding %d ms%n",
        READY,
        jdbc.queryForObject("select count(*) from counselor", Integer.class),
        added,
        accounts,
        (System.nanoTime() - started) / 1_000_000);
    System.out.flush();
  }

  /**
   * The benchmarks' fictional roster ({@link SyntheticRoster}) until it holds 10,000, each new
   * counselor with availability settings, so the simulated counselors have a status to change.
   */
  private static int fillRoster(ConfigurableApplicationContext context, JdbcTemplate jdbc) {
    long added =
        SyntheticRoster.fill(
            context.getBean(CounselorService.class),
            context.getBean(CounselorSeeding.class),
            context.getBean(AgencyService.class),
            context.getBean(GeographyService.class),
            "load-",
            "load run");
    jdbc.update(
        "insert into counselor_availability (version, counselor_id, status, pick_me)"
            + " select 0, c.id, case mod(c.id, 3) when 0 then 'AVAILABLE' when 1 then 'ON_CALL'"
            + " else 'UNAVAILABLE' end, mod(c.id, 2) = 0"
            + " from counselor c where c.email like 'load-%@bench.invalid'"
            + " and not exists (select 1 from counselor_availability a where a.counselor_id = c.id)");
    return (int) added;
  }

  private static int seedCounselorAccounts(JdbcTemplate jdbc, int wanted) {
    int existing = countAccounts(jdbc, "load.counselor.%");
    if (existing >= wanted) {
      return 0;
    }
    List<Object[]> counselors =
        jdbc.query(
            "select id, first_name, last_name from counselor where email like 'load-%'"
                + " and status = 'ACTIVE' order by id limit ?",
            (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2) + " " + rs.getString(3)},
            wanted);
    int added = 0;
    for (int i = existing; i < Math.min(wanted, counselors.size()); i++) {
      long id = insertAccount(jdbc, "load.counselor." + i, (String) counselors.get(i)[1]);
      jdbc.update(
          "update portal_account set counselor_id = ? where id = ?", counselors.get(i)[0], id);
      jdbc.update("insert into portal_account_role (account_id, role) values (?, 'COUNSELOR')", id);
      added++;
    }
    // Sign-in finds a counselor's agency through the counselor record with the account's email.
    jdbc.update(
        "update counselor c join portal_account p on p.counselor_id = c.id set c.email = p.email"
            + " where p.email like 'load.counselor.%' and c.email <> p.email");
    return added;
  }

  private static int seedLiaisonAccounts(JdbcTemplate jdbc, int wanted) {
    int existing = countAccounts(jdbc, "load.liaison.%");
    List<String> regions =
        jdbc.queryForList("select distinct region_code from county order by 1", String.class);
    int added = 0;
    for (int i = existing; i < wanted; i++) {
      long id = insertAccount(jdbc, "load.liaison." + i, "Load Liaison " + i);
      jdbc.update("insert into portal_account_role (account_id, role) values (?, 'LIAISON')", id);
      jdbc.update(
          "insert into portal_account_agency (account_id, agency_id) select ?, a.id from agency a"
              + " join county c on c.fips = a.home_county_fips where c.region_code = ?",
          id,
          regions.get(i % regions.size()));
      added++;
    }
    return added;
  }

  private static int seedStaffAccounts(JdbcTemplate jdbc, int wanted) {
    int existing = countAccounts(jdbc, "load.staff.%");
    int added = 0;
    for (int i = existing; i < wanted; i++) {
      long id = insertAccount(jdbc, "load.staff." + i, "Load Staff " + i);
      jdbc.update("insert into portal_account_role (account_id, role) values (?, 'STAFF')", id);
      added++;
    }
    return added;
  }

  private static int countAccounts(JdbcTemplate jdbc, String pattern) {
    return jdbc.queryForObject(
        "select count(*) from portal_account where email like ?", Integer.class, pattern);
  }

  private static long insertAccount(JdbcTemplate jdbc, String name, String displayName) {
    jdbc.update(
        "insert into portal_account (version, email, display_name, enabled) values (0, ?, ?, true)",
        name + "@bench.invalid",
        displayName);
    return jdbc.queryForObject(
        "select id from portal_account where email = ?", Long.class, name + "@bench.invalid");
  }
}
