package org.leaps.portal.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.leaps.portal.base.TimeConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Quiet hours in a known state for tests that depend on them. The demo data gives some counselors
 * quiet hours at night (Hannah 23:00 to 05:00), so a test expecting an urgent pop-up or e-mail
 * would otherwise pass or fail with the time of day it runs.
 */
@Component
public class QuietHoursFixture {

  private final JdbcTemplate jdbc;

  QuietHoursFixture(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Nobody in the test database has quiet hours (tests that set some clear them after). */
  public void nobodyHasQuietHours() {
    jdbc.update("update counselor_availability set quiet_start = null, quiet_end = null");
  }

  /** Quiet hours from an hour before to an hour after {@code at}, in program time. */
  public static LocalTime[] around(Instant at) {
    LocalTime time =
        at.atZone(TimeConfiguration.PROGRAM_ZONE).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    return new LocalTime[] {time.minus(Duration.ofHours(1)), time.plus(Duration.ofHours(1))};
  }

  /** Quiet hours that start an hour after {@code at} and last an hour: not quiet at {@code at}. */
  public static LocalTime[] later(Instant at) {
    LocalTime time =
        at.atZone(TimeConfiguration.PROGRAM_ZONE).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    return new LocalTime[] {time.plus(Duration.ofHours(1)), time.plus(Duration.ofHours(2))};
  }
}
