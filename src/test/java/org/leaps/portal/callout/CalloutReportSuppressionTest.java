package org.leaps.portal.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reports never show a count from 1 to 4: the CSV export prints "<5" instead; a liaison's report
 * covers only their own agency's callouts.
 */
@PortalTest
class CalloutReportSuppressionTest {

  @Autowired CalloutTestData data;
  @Autowired CalloutService callouts;
  @Autowired CalloutReports reports;
  @Autowired SignIn signIn;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void smallCountsAreExportedAsLessThanFiveAndALiaisonSeesOnlyTheirAgency() {
    CalloutSummary one = data.open("HATTIESBURG-PD", data.unusedZip(), 1);
    callouts.close(one.id());
    YearMonth month = YearMonth.now(ZoneId.of("America/Chicago"));
    LocalDate from = month.atDay(1);
    LocalDate to = month.plusMonths(1).atDay(1);

    signIn.as(SignIn.LIAISON_HATTIESBURG);
    CalloutReport mine = reports.report(from, to);
    assertThat(mine.byAgency())
        .extracting(CalloutReport.Count::label)
        .containsOnly("Hattiesburg Police Department");
    var csv = new StringWriter();
    reports.exportCsv(mine, csv);
    List<String> lines = csv.toString().lines().toList();
    assertThat(lines.getFirst()).isEqualTo("section,label,value");
    for (String line : lines) {
      String[] cells = line.split(",");
      String value = cells[cells.length - 1];
      if (Arrays.asList("total", "month", "category", "region", "agency").contains(cells[0])) {
        assertThat(value).as(line).isNotIn("1", "2", "3", "4");
      }
    }
    int hattiesburg = mine.byAgency().getFirst().count();
    assertThat(csv.toString())
        .contains("agency,Hattiesburg Police Department," + CalloutReport.suppressed(hattiesburg));

    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThat(reports.report(from, to).byAgency())
        .extracting(CalloutReport.Count::label)
        .doesNotContain("Hattiesburg Police Department");
  }

  @Test
  void theSuppressionRule() {
    assertThat(CalloutReport.suppressed(0)).isEqualTo("0");
    assertThat(CalloutReport.suppressed(1)).isEqualTo("<5");
    assertThat(CalloutReport.suppressed(4)).isEqualTo("<5");
    assertThat(CalloutReport.suppressed(5)).isEqualTo("5");
  }
}
