package org.leaps.portal.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.counselor.ImportPreview.Action;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A liaison's unedited export, imported again by the same liaison, is accepted and changes nothing:
 * formula-like text comes back as the original text, and a counselor whose own agency is another
 * one (who also serves this agency) is skipped with a note, not refused.
 */
@PortalTest
class ImportRoundTripTest {

  private static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"x\")";

  @Autowired SignIn signIn;
  @Autowired CounselorService service;
  @Autowired RosterFixtures fixtures;

  Agency mine;
  Agency other;
  Counselor own;
  Counselor visiting;

  @BeforeEach
  void twoAgenciesAndTheirCounselors() {
    fixtures.useThisContextsSecurity();
    mine = fixtures.newAgency("Round trip mine");
    other = fixtures.newAgency("Round trip other");
    own =
        fixtures.savedIn(
            mine,
            Set.of(),
            RosterFixtures.unique("Zzround"),
            draft -> {
              draft.setAdminNotes(FORMULA);
              draft.setWorkPhone("+1 601 555 0100");
              draft.setRankTitle("-");
              draft.setHomeZip("39501");
            });
    visiting = fixtures.savedIn(other, Set.of(mine), RosterFixtures.unique("Zzvisit"), d -> {});
  }

  @AfterEach
  void out() {
    signIn.out();
  }

  @Test
  void anUneditedExportImportsAsNoChange() {
    TestLiaison.signInFor(mine);
    var out = new StringWriter();
    assertThat(service.exportCsv(RosterFilter.none(), out)).isEqualTo(2);
    String csv = out.toString();
    assertThat(csv).as("neutralised on export").contains("'=HYPERLINK").contains("'+1 601");
    byte[] data = csv.getBytes(StandardCharsets.UTF_8);

    ImportPreview preview = service.previewImport("export.csv", data);
    assertThat(preview.problems()).isEmpty();
    assertThat(preview.count(Action.NEW)).isZero();
    assertThat(preview.count(Action.UPDATE)).isZero();
    assertThat(preview.count(Action.UNCHANGED)).isEqualTo(1);
    assertThat(preview.outcomes())
        .filteredOn(o -> o.action() == Action.SKIPPED)
        .singleElement()
        .satisfies(o -> {
          assertThat(o.counselorId()).isEqualTo(visiting.getId());
          assertThat(o.note()).startsWith("Counselor of " + other.getCode());
        });

    ImportPreview done = service.commitImport(preview, data, n -> {});
    assertThat(done.count(Action.NEW)).isZero();
    assertThat(done.count(Action.UPDATE)).isZero();

    Counselor after = service.findInScope(own.getId()).orElseThrow();
    assertThat(after.getAdminNotes()).isEqualTo(FORMULA);
    assertThat(after.getWorkPhone()).isEqualTo("+1 601 555 0100");
    assertThat(after.getRankTitle()).isEqualTo("-");
    assertThat(after.getHomeZip()).isEqualTo("39501");
    assertThat(after.getVersion()).isEqualTo(own.getVersion());
    assertThat(service.findInScope(visiting.getId()).orElseThrow().getVersion())
        .isEqualTo(visiting.getVersion());
  }

  @Test
  void aBareFormulaIsStillRefused() {
    TestLiaison.signInFor(mine);
    String csv =
        "first_name,last_name,home_county,email,admin_notes\n"
            + "Bare,Formula,Harrison,"
            + RosterFixtures.unique("bare.")
            + "@test.invalid,=1+1\n";
    assertThat(service.previewImport("bare.csv", csv.getBytes(StandardCharsets.UTF_8)).problems())
        .extracting(ImportPreview.Problem::describe)
        .containsExactly(
            "Row 2, admin_notes: starts with \"=\"; spreadsheet formulas are not accepted");
  }
}
