package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditFilter;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.RosterCsv;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Use case: a liaison exports the filtered roster; only their agency, formulas neutralised. */
class RosterExportTest extends RosterUiTest {

  @Autowired AuditService audit;
  @Autowired org.leaps.portal.counselor.CounselorService service;

  @Test
  void theCurrentFilteredViewIsExportedNeutralisedAndRecorded() throws Exception {
    String last = RosterFixtures.unique("Exported");
    Counselor risky = fixtures.draft("GULFPORT-PD", last);
    risky.setFirstName("=HYPERLINK(\"http://evil.example\")");
    risky.setAdminNotes("@SUM(1+1), \"quoted\"");
    org.leaps.portal.security.SystemAccess.call(() -> service.create(risky));
    fixtures.saved("HATTIESBURG-PD", last);

    signIn.as(SignIn.LIAISON_GULFPORT);
    RosterView view = navigate(RosterView.class);
    test(view.name).setValue(last);
    assertThat(test(view.grid).size()).isEqualTo(1);
    var bytes = new ByteArrayOutputStream();
    int rows = view.exportTo(bytes);
    String csv = bytes.toString(StandardCharsets.UTF_8);

    assertThat(rows).isEqualTo(1);
    assertThat(csv).startsWith("\uFEFF" + String.join(",", RosterCsv.COLUMNS) + "\r\n");
    String[] lines = csv.split("\r\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[1])
        .startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\")\"," + last + ",Officer,")
        .contains(",GULFPORT-PD,,Harrison,")
        .endsWith(",\"'@SUM(1+1), \"\"quoted\"\"\"")
        .doesNotContain("HATTIESBURG");

    var exportEvent =
        audit
            .page(
                new AuditFilter(AuditAction.EXPORT, null, null, "Renee", null, null),
                PageRequest.of(0, 1))
            .getFirst();
    assertThat(exportEvent.getRowsTotal()).isEqualTo(1);
    assertThat(exportEvent.getChanges().getFirst().newValue()).isEqualTo("name \"" + last + "\"");
    assertThat(exportEvent.getAgencyId()).isEqualTo(risky.getAgency().getId());
  }

  @Test
  void anExportReadsAsAnExportWithItsFilterInTheRostersWords() throws Exception {
    signIn.as(SignIn.DIRECTOR);
    RosterView view = navigate(RosterView.class);
    view.moreFilters()
        .region
        .setValue(
            view.moreFilters()
                .region
                .getListDataView()
                .getItems()
                .filter(r -> r.getCode().equals("J"))
                .findFirst()
                .orElseThrow());
    int rows = view.exportTo(new ByteArrayOutputStream());
    assertThat(rows).isGreaterThan(1);

    var exportEvent =
        audit
            .page(
                new AuditFilter(AuditAction.EXPORT, null, null, "Dana", null, null),
                PageRequest.of(0, 1))
            .getFirst();
    // Not the import's "17 rows: 0 new, 0 updated", and the region by name, not its code.
    assertThat(exportEvent.rowTotals()).isEqualTo(rows + " rows exported");
    assertThat(exportEvent.getChanges().getFirst().describe())
        .isEqualTo("Filter: — → region Troop J (Hattiesburg)");
  }

  @Test
  void theTemplateLinkDownloadsTheImportTemplateAsAFile() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    navigate(RosterView.class);
    var link = $(com.vaadin.flow.component.html.Anchor.class).id("roster-template");
    assertThat(link.getElement().getProperty("innerHTML")).isEqualTo("Download the CSV template");
    assertThat(link.getElement().getAttribute("download")).isEqualTo("roster-template.csv");
    String href = link.getHref();
    assertThat(href).startsWith("data:text/csv;charset=utf-8,");
    String content =
        java.net.URLDecoder.decode(
            href.substring(href.indexOf(',') + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
    assertThat(content).isEqualTo(RosterCsv.template());
  }
}
