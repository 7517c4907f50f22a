package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditFilter;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.RosterFilter;
import org.leaps.portal.counselor.Specialty;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Use case: a liaison imports a clean file, then the same people again as updates. */
class CleanImportTest extends RosterUiTest {

  @Autowired CounselorService service;
  @Autowired AuditService audit;

  private static byte[] resource(String name) throws Exception {
    try (var in = CleanImportTest.class.getResourceAsStream("/csv/clean/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void quotedLineBreaksMarkupAndWindows1252ImportInOneGo() throws Exception {
    signIn.as(SignIn.LIAISON_GULFPORT);
    RosterImportView view = navigate(RosterImportView.class);
    test(view.upload).upload("quoted-newlines.csv", "text/csv", resource("quoted-newlines.csv"));
    assertThat(view.summary.getText())
        .isEqualTo(
            "2 rows read from quoted-newlines.csv (UTF-8). No problems: 2 new, 0 updated, 0 unchanged.");
    assertThat(test(view.outcomes).size()).isEqualTo(2);
    assertThat(view.confirm.getText()).isEqualTo("Import 2 rows");
    test(view.confirm).click();
    assertThat(view.progressText.getText()).isEqualTo("Imported 2 rows: 2 new, 0 updated.");

    var quinn =
        service
            .page(RosterFilter.none().withName("quinn.oneal@test.invalid"), PageRequest.of(0, 1))
            .getFirst();
    var record = service.findInScope(quinn.id()).orElseThrow();
    assertThat(record.getAdminNotes())
        .isEqualTo("Prefers texts.\r\nOn nights, \"second\" shift, until June.");
    assertThat(record.getSpecialties())
        .containsExactlyInAnyOrder(
            Specialty.OFFICER_INVOLVED_SHOOTING, Specialty.LINE_OF_DUTY_DEATH);
    assertThat(record.isPrivilegeEligible(service.today())).isTrue();
    var rae =
        service
            .page(RosterFilter.none().withName("rae.markup@test.invalid"), PageRequest.of(0, 1))
            .getFirst();
    assertThat(rae.lastName()).isEqualTo("<img src=x onerror=alert(1)>");

    var importEvent =
        audit
            .page(
                new AuditFilter(AuditAction.IMPORT, null, null, "Renee", null, null),
                PageRequest.of(0, 1))
            .getFirst();
    assertThat(importEvent.rowTotals()).isEqualTo("2 rows: 2 new, 0 updated");

    // The same file with one change: matched by email, reported and saved as an update.
    String changed =
        new String(resource("quoted-newlines.csv"), StandardCharsets.UTF_8)
            .replace("Quinn,\"O'Neal\",Sergeant", "Quinn,\"O'Neal\",Lieutenant");
    test(view.upload)
        .upload("quoted-newlines-2.csv", "text/csv", changed.getBytes(StandardCharsets.UTF_8));
    assertThat(view.summary.getText()).endsWith("No problems: 0 new, 1 updated, 1 unchanged.");
    var outcome = test(view.outcomes).getRow(0);
    assertThat(outcome.matchedBy()).isEqualTo("email");
    assertThat(outcome.changedFields()).containsExactly("Rank");
    test(view.confirm).click();
    assertThat(service.findInScope(quinn.id()).orElseThrow().getRankTitle())
        .isEqualTo("Lieutenant");
  }

  @Test
  void windows1252AndUtf8WithBomAreReadCorrectly() throws Exception {
    signIn.as(SignIn.LIAISON_GULFPORT);
    RosterImportView view = navigate(RosterImportView.class);
    test(view.upload).upload("windows-1252.csv", "text/csv", resource("windows-1252.csv"));
    assertThat(view.summary.getText()).contains("(Windows-1252)").contains("1 new");
    test(view.confirm).click();
    var zoe =
        service
            .page(RosterFilter.none().withName("zoe.breaux@test.invalid"), PageRequest.of(0, 1))
            .getFirst();
    assertThat(zoe.fullName()).isEqualTo("Zoë Bréaux");
    assertThat(service.findInScope(zoe.id()).orElseThrow().getAdminNotes())
        .isEqualTo("Café “quotes” – dash");

    test(view.upload).upload("utf8-bom.csv", "text/csv", resource("utf8-bom.csv"));
    assertThat(view.summary.getText()).contains("(UTF-8)");
    test(view.confirm).click();
    assertThat(service.page(RosterFilter.none().withName("Łukasz"), PageRequest.of(0, 5)))
        .anySatisfy(r -> assertThat(r.lastName()).isEqualTo("Nowak-Żuk"));
  }
}
