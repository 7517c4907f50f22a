package org.leaps.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditFilter;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.counselor.TestLiaison;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Current and expiring around the date edges, within the liaison's own agency; the CSV export
 * neutralises formula-like cells and is audited.
 */
@PortalTest
class CertificationReportTest {

  @Autowired CertificationReport report;
  @Autowired TrainingFixtures fixtures;
  @Autowired AuditService audit;
  @Autowired SignIn signIn;

  @AfterEach
  void out() {
    signIn.out();
  }

  @Test
  void eachCounselorLandsInOneWindowAndOtherAgenciesStayOut() throws Exception {
    Agency mine = fixtures.agency("Edges");
    Agency theirs = fixtures.agency("Hidden");
    LocalDate today = fixtures.today();
    Map<String, Integer> offsets =
        Map.of(
            "Yesterday",
            -1,
            "Today",
            0,
            "Day30",
            30,
            "Day31",
            31,
            "Day60",
            60,
            "Day61",
            61,
            "Day90",
            90,
            "Day91",
            91);
    offsets.forEach((name, days) -> fixtures.counselor(mine, name, today.plusDays(days)));
    fixtures.counselor(theirs, "Outsider", today);

    TestLiaison.signInFor(mine);
    var counts = report.summary();
    assertThat(counts.get(CurrencyWindow.LAPSED)).isEqualTo(1);
    assertThat(counts.get(CurrencyWindow.WITHIN_30_DAYS)).isEqualTo(2);
    assertThat(counts.get(CurrencyWindow.WITHIN_60_DAYS)).isEqualTo(2);
    assertThat(counts.get(CurrencyWindow.WITHIN_90_DAYS)).isEqualTo(2);
    assertThat(counts.get(CurrencyWindow.CURRENT)).isEqualTo(1);

    var soon = report.page(CurrencyWindow.WITHIN_30_DAYS, PageRequest.of(0, 10));
    assertThat(soon).extracting(r -> r.counselor().lastName()).containsExactly("Today", "Day30");
    assertThat(soon).allMatch(r -> r.counselor().privilegeEligible());
    var lapsed = report.page(CurrencyWindow.LAPSED, PageRequest.of(0, 10));
    assertThat(lapsed).extracting(r -> r.counselor().lastName()).containsExactly("Yesterday");
    assertThat(lapsed.getFirst().counselor().privilegeEligible()).isFalse();
    assertThat(lapsed.getFirst().daysLeft()).isEqualTo(-1);
    assertThat(report.page(null, PageRequest.of(0, 50)))
        .extracting(r -> r.counselor().lastName())
        .doesNotContain("Outsider")
        .hasSize(8);
  }

  @Test
  void theCsvNeutralisesFormulasAndTheExportIsAudited() {
    Agency mine = fixtures.agency("Csv");
    fixtures.counselor(mine, "=HYPERLINK(\"http://x\")", fixtures.today().plusDays(3));
    TestLiaison.signInFor(mine);
    var out = new StringWriter();
    int rows = report.exportCsv(CurrencyWindow.WITHIN_30_DAYS, out);
    assertThat(rows).isEqualTo(1);
    String[] lines = out.toString().split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "last_name,first_name,email,agency,recertification_due,days_left,window,privilege_eligible");
    assertThat(lines[1]).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",Test,");
    assertThat(lines[1]).endsWith(",3,Expires within 30 days,yes");
    var export =
        audit.page(
            new AuditFilter(AuditAction.EXPORT, null, null, "Recertification", null, null),
            PageRequest.of(0, 1));
    assertThat(export.getFirst().getSubjectLabel()).isEqualTo("Recertification export");
  }
}
