package org.leaps.portal.counselor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.audit.AuditEvent;
import org.leaps.portal.audit.AuditFilter;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.audit.FieldChange;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * A counselor of agency A who also serves agency B (decision 015): B's liaison sees the record in
 * the roster, the count, the export and the record, but cannot change it by any route; A's liaison
 * and the director can, and the audit trail records the additional agencies old → new. A liaison of
 * neither agency sees nothing. Agencies and liaisons are made by the test.
 */
@PortalTest
class CounselorInSeveralAgenciesTest {

  @Autowired SignIn signIn;
  @Autowired CounselorService service;
  @Autowired AuditService audit;
  @Autowired RosterFixtures fixtures;

  Agency a;
  Agency b;
  Agency c;
  Counselor counselor;
  String last;

  @BeforeEach
  void agenciesAndCounselor() {
    fixtures.useThisContextsSecurity();
    a = fixtures.newAgency("Several A");
    b = fixtures.newAgency("Several B");
    c = fixtures.newAgency("Several C");
    last = RosterFixtures.unique("Zzseveral");
    counselor = fixtures.savedIn(a, Set.of(b), last, draft -> {});
  }

  @AfterEach
  void out() {
    signIn.out();
  }

  @Test
  void theAdditionalAgencysLiaisonSeesTheCounselorInGridCountExportAndRecord() {
    TestLiaison.signInFor(b);
    var mine = RosterFilter.none().withName(last);
    assertThat(service.count(RosterFilter.none())).isOne();
    var rows = service.page(mine, PageRequest.of(0, 10));
    assertThat(rows).extracting(RosterRow::id).containsExactly(counselor.getId());
    assertThat(rows.getFirst().agencyText()).isEqualTo(a.getName() + " +1");
    assertThat(service.count(RosterFilter.none().withAgency(b.getId()))).isOne();
    assertThat(service.findInScope(counselor.getId())).isPresent();
    assertThat(service.canEdit(service.findInScope(counselor.getId()).orElseThrow())).isFalse();
    var out = new StringWriter();
    assertThat(service.exportCsv(RosterFilter.none(), out)).isOne();
    assertThat(out.toString()).contains("," + a.getCode() + "," + b.getCode() + ",Harrison,");
  }

  @Test
  void theAdditionalAgencysLiaisonCannotChangeTheRecordByAnyRoute() {
    TestLiaison.signInFor(b);
    Counselor seen = service.findInScope(counselor.getId()).orElseThrow();
    seen.setRankTitle("Changed by B");
    assertThatThrownBy(() -> service.update(seen)).isInstanceOf(AccessDeniedException.class);
    seen.setAgency(b);
    assertThatThrownBy(() -> service.update(seen)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> service.deactivate(seen.getId(), seen.getVersion(), CounselorStatus.RETIRED))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.reactivate(seen.getId(), seen.getVersion()))
        .isInstanceOf(AccessDeniedException.class);
    String csv =
        "first_name,last_name,agency_code,home_county,email,rank\n"
            + "Test,"
            + last
            + ","
            + b.getCode()
            + ",Harrison,"
            + counselor.getEmail()
            + ",Changed by import\n";
    byte[] data = csv.getBytes(StandardCharsets.UTF_8);
    assertThat(service.previewImport("b.csv", data).problems())
        .extracting(ImportPreview.Problem::row, ImportPreview.Problem::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "email"));
    assertThatThrownBy(() -> service.commitImport("b.csv", data, n -> {}))
        .isInstanceOf(ImportRejectedException.class);

    signIn.as(SignIn.DIRECTOR);
    Counselor unchanged = service.findInScope(counselor.getId()).orElseThrow();
    assertThat(unchanged.getRankTitle()).isEqualTo("Officer");
    assertThat(unchanged.getAgency().getId()).isEqualTo(a.getId());
    assertThat(unchanged.getStatus()).isEqualTo(CounselorStatus.ACTIVE);
  }

  @Test
  void aLiaisonOfNeitherAgencySeesNothing() {
    TestLiaison.signInFor(c);
    assertThat(service.count(RosterFilter.none())).isZero();
    assertThat(service.page(RosterFilter.none().withAgency(b.getId()), PageRequest.of(0, 10)))
        .isEmpty();
    assertThat(service.findInScope(counselor.getId())).isEmpty();
    counselor.setRankTitle("Changed by C");
    assertThatThrownBy(() -> service.update(counselor)).isInstanceOf(NoSuchElementException.class);
    var out = new StringWriter();
    assertThat(service.exportCsv(RosterFilter.none(), out)).isZero();
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThat(service.findInScope(counselor.getId())).isEmpty();
  }

  @Test
  void thePrimaryAgencysLiaisonChangesTheAdditionalAgenciesAndTheAuditTrailShowsOldAndNew() {
    TestLiaison.signInFor(a);
    Counselor own = service.findInScope(counselor.getId()).orElseThrow();
    assertThat(service.canEdit(own)).isTrue();
    // A liaison may name any agency as an additional one, also one outside their scope.
    own.setAdditionalAgencies(Set.of(b, c));
    Counselor saved = service.update(own);
    assertThat(saved.getAdditionalAgencies())
        .extracting(Agency::getId)
        .containsExactlyInAnyOrder(b.getId(), c.getId());

    TestLiaison.signInFor(c);
    assertThat(service.findInScope(counselor.getId())).isPresent();

    signIn.as(SignIn.DIRECTOR);
    AuditEvent update =
        audit
            .page(AuditFilter.forSubject("Counselor", counselor.getId()), PageRequest.of(0, 1))
            .getFirst();
    assertThat(update.getChanges())
        .extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Additional agencies",
                b.getName(),
                java.util.stream.Stream.of(b.getName(), c.getName())
                    .sorted()
                    .reduce((x, y) -> x + ", " + y)
                    .orElseThrow()));

    // The primary agency is never also an additional one.
    Counselor again = service.findInScope(counselor.getId()).orElseThrow();
    again.setAgency(b);
    Counselor moved = service.update(again);
    assertThat(moved.getAdditionalAgencies()).extracting(Agency::getId).containsExactly(c.getId());
  }

  @Test
  void csvImportReadsAdditionalAgenciesAndReportsBadCodesByRowAndColumn() {
    signIn.as(SignIn.DIRECTOR);
    String header = "first_name,last_name,agency_code,additional_agencies,home_county,email\n";
    String bad =
        header
            + "Ann,"
            + last
            + ","
            + a.getCode()
            + ",NOPE-PD,Harrison,ann."
            + last
            + "@test.invalid\n"
            + "Ben,"
            + last
            + ","
            + a.getCode()
            + ","
            + a.getCode()
            + ",Harrison,ben."
            + last
            + "@test.invalid\n"
            + "Cy,"
            + last
            + ","
            + a.getCode()
            + ",=cmd(),Harrison,cy."
            + last
            + "@test.invalid\n";
    ImportPreview preview = service.previewImport("bad.csv", bad.getBytes(StandardCharsets.UTF_8));
    assertThat(preview.problems())
        .extracting(ImportPreview.Problem::row, ImportPreview.Problem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "additional_agencies"),
            org.assertj.core.groups.Tuple.tuple(3, "additional_agencies"),
            org.assertj.core.groups.Tuple.tuple(4, "additional_agencies"));
    assertThat(preview.problems().getFirst().message()).contains("NOPE-PD");
    assertThat(preview.problems().get(1).message()).contains("own agency");

    String good =
        header
            + "Dee,"
            + last
            + ","
            + a.getCode()
            + ","
            + b.getCode().toLowerCase()
            + " ; "
            + c.getCode()
            + ",Harrison,dee."
            + last
            + "@test.invalid\n"
            + "Test,"
            + last
            + ","
            + a.getCode()
            + ",NONE,Harrison,"
            + counselor.getEmail()
            + "\n";
    ImportPreview clean =
        service.commitImport("good.csv", good.getBytes(StandardCharsets.UTF_8), n -> {});
    assertThat(clean.problems()).isEmpty();
    var rows = service.page(RosterFilter.none().withName(last), PageRequest.of(0, 10));
    assertThat(rows)
        .extracting(RosterRow::firstName, RosterRow::additionalAgencies)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Dee", 2L),
            org.assertj.core.groups.Tuple.tuple("Test", 0L));
    var out = new StringWriter();
    service.exportCsv(RosterFilter.none().withName("Dee"), out);
    String expected =
        java.util.stream.Stream.of(b.getCode(), c.getCode())
            .sorted()
            .reduce((x, y) -> x + ";" + y)
            .orElseThrow();
    assertThat(out.toString()).contains("," + a.getCode() + "," + expected + ",Harrison,");
  }
}
