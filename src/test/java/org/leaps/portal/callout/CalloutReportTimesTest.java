package org.leaps.portal.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Response times in the report, on the real database: ten callouts in a month of their own, first
 * accepted 1 to 10 minutes and first on scene 3 to 12 minutes after the request. The median and the
 * 90th percentile (nearest rank) are what a grant reviewer reads, on screen and in the CSV.
 */
@PortalTest
class CalloutReportTimesTest {

  @Autowired CalloutTestData data;
  @Autowired CalloutService callouts;
  @Autowired CalloutReports reports;
  @Autowired SignIn signIn;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void medianAndNinetiethPercentileFromRequestToAcceptanceAndOnScene() {
    // A month long ago that no other test uses.
    LocalDate month = LocalDate.of(1950 + ThreadLocalRandom.current().nextInt(40), 3, 1);
    for (int i = 1; i <= 10; i++) {
      CalloutSummary c = data.open("GULFPORT-PD", data.unusedZip(), 1);
      callouts.close(c.id());
      LocalDateTime requested = month.atTime(10, 0).plusDays(i);
      jdbc.update(
          "update callout set requested_at = ?, first_accepted_at = ?, first_on_scene_at = ?,"
              + " closed_at = ? where id = ?",
          Timestamp.valueOf(requested),
          Timestamp.valueOf(requested.plusMinutes(i)),
          Timestamp.valueOf(requested.plusMinutes(i + 2)),
          Timestamp.valueOf(requested.plusHours(1)),
          c.id());
    }

    signIn.as(SignIn.DIRECTOR);
    CalloutReport report = reports.report(month, month.plusMonths(1));
    assertThat(report.callouts()).isEqualTo(10);
    assertThat(report.toFirstAcceptance().n()).isEqualTo(10);
    assertThat(report.toFirstAcceptance().median()).isEqualTo(Duration.ofMinutes(5));
    assertThat(report.toFirstAcceptance().p90()).isEqualTo(Duration.ofMinutes(9));
    assertThat(report.toFirstOnScene().median()).isEqualTo(Duration.ofMinutes(7));
    assertThat(report.toFirstOnScene().p90()).isEqualTo(Duration.ofMinutes(11));

    var csv = new StringWriter();
    reports.exportCsv(report, csv);
    assertThat(csv.toString())
        .contains("request to first acceptance,median minutes,5.0")
        .contains("request to first acceptance,p90 minutes,9.0")
        .contains("request to first on scene,median minutes,7.0")
        .contains("request to first on scene,p90 minutes,11.0");
  }
}
