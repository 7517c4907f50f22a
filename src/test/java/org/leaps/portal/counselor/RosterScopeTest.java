package org.leaps.portal.counselor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.audit.AuditFilter;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * A Gulfport liaison tries every public roster method on Hattiesburg's agency: each is denied or
 * finds nothing. A counselor tries the liaison and director actions and is denied.
 */
@PortalTest
class RosterScopeTest {

  @Autowired SignIn signIn;
  @Autowired CounselorService service;
  @Autowired RosterFixtures fixtures;
  @Autowired AuditService audit;

  Counselor hattiesburg;
  Long hattiesburgAgency;

  @BeforeEach
  void hattiesburgCounselor() {
    fixtures.useThisContextsSecurity();
    hattiesburg = fixtures.saved("HATTIESBURG-PD", RosterFixtures.unique("Scope"));
    hattiesburgAgency = hattiesburg.getAgency().getId();
    signIn.as(SignIn.LIAISON_GULFPORT);
  }

  @AfterEach
  void out() {
    signIn.out();
  }

  @Test
  void listAndCountShowOnlyTheOwnAgencyEvenWhenFilteringForAnother() {
    var rows = service.page(RosterFilter.none(), PageRequest.of(0, 500));
    assertThat(rows).isNotEmpty();
    assertThat(rows).extracting(RosterRow::agencyName).containsOnly("Gulfport Police Department");
    // The agency filter also matches counselors who serve that agency in addition to their own
    // (decision 015): filtering for Hattiesburg may list Gulfport's own such counselors, never
    // Hattiesburg's.
    assertThat(
            service.page(RosterFilter.none().withAgency(hattiesburgAgency), PageRequest.of(0, 500)))
        .extracting(RosterRow::agencyName)
        .allMatch("Gulfport Police Department"::equals);
    assertThat(
            service.page(
                RosterFilter.none().withName(hattiesburg.getLastName()), PageRequest.of(0, 50)))
        .isEmpty();
  }

  @Test
  void readingAnotherAgencysCounselorFindsNothing() {
    assertThat(service.findInScope(hattiesburg.getId())).isEmpty();
  }

  @Test
  void updatingDeactivatingAnotherAgencysCounselorReadsAsNotFound() {
    hattiesburg.setRankTitle("Changed by Gulfport");
    assertThatThrownBy(() -> service.update(hattiesburg))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() ->
            service.deactivate(
                hattiesburg.getId(), hattiesburg.getVersion(), CounselorStatus.RETIRED))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> service.reactivate(hattiesburg.getId(), hattiesburg.getVersion()))
        .isInstanceOf(NoSuchElementException.class);
    signIn.as(SignIn.DIRECTOR);
    Counselor unchanged = service.findInScope(hattiesburg.getId()).orElseThrow();
    assertThat(unchanged.getRankTitle()).isEqualTo("Officer");
    assertThat(unchanged.getStatus()).isEqualTo(CounselorStatus.ACTIVE);
  }

  @Test
  void creatingInAnotherAgencyOrMovingSomeoneThereIsDenied() {
    Counselor draft = fixtures.draft("HATTIESBURG-PD", RosterFixtures.unique("Scope"));
    assertThatThrownBy(() -> service.create(draft)).isInstanceOf(AccessDeniedException.class);
    Counselor own = fixtures.saved("GULFPORT-PD", RosterFixtures.unique("Mover"));
    own.setAgency(hattiesburg.getAgency());
    assertThatThrownBy(() -> service.update(own)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void exportForAnotherAgencyHoldsOnlyOwnCounselors() {
    var out = new StringWriter();
    service.exportCsv(RosterFilter.none().withAgency(hattiesburgAgency), out);
    assertThat(primaryAgencyCodes(out.toString())).allMatch("GULFPORT-PD"::equals);
    var all = new StringWriter();
    service.exportCsv(RosterFilter.none(), all);
    assertThat(primaryAgencyCodes(all.toString())).containsOnly("GULFPORT-PD");
  }

  @Test
  void importIntoAnotherAgencyIsRefusedAndSavesNothing() {
    String csv =
        "first_name,last_name,agency_code,home_county,email\n"
            + "Ima,Intruder,HATTIESBURG-PD,Forrest,ima.intruder@test.invalid\n";
    byte[] data = csv.getBytes(StandardCharsets.UTF_8);
    ImportPreview preview = service.previewImport("intrude.csv", data);
    assertThat(preview.clean()).isFalse();
    assertThat(preview.problems())
        .anySatisfy(p -> {
          assertThat(p.row()).isEqualTo(2);
          assertThat(p.column()).isEqualTo("agency_code");
        });
    assertThatThrownBy(() -> service.commitImport("intrude.csv", data, n -> {}))
        .isInstanceOf(ImportRejectedException.class);
    // Updating Hattiesburg's counselor by email from Gulfport is refused too.
    String update =
        "first_name,last_name,agency_code,home_county,email\n"
            + "Test,Renamed,GULFPORT-PD,Harrison,"
            + hattiesburg.getEmail()
            + "\n";
    ImportPreview byEmail =
        service.previewImport("update.csv", update.getBytes(StandardCharsets.UTF_8));
    assertThat(byEmail.problems())
        .extracting(ImportPreview.Problem::column)
        .containsExactly("email");
  }

  @Test
  void auditTrailOfAnotherAgencyIsInvisible() {
    assertThat(
            audit.page(
                AuditFilter.forSubject("Counselor", hattiesburg.getId()), PageRequest.of(0, 10)))
        .isEmpty();
    signIn.as(SignIn.LIAISON_HATTIESBURG);
    assertThat(
            audit.page(
                AuditFilter.forSubject("Counselor", hattiesburg.getId()), PageRequest.of(0, 10)))
        .isNotEmpty();
  }

  @Test
  void aCounselorCannotUseRosterOrDirectorActions() {
    signIn.as(SignIn.COUNSELOR);
    Counselor draft = fixtures.draft("GULFPORT-PD", RosterFixtures.unique("Denied"));
    assertThatThrownBy(() -> service.create(draft)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.page(RosterFilter.none(), PageRequest.of(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.exportCsv(RosterFilter.none(), new StringWriter()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.previewImport("x.csv", new byte[] {1}))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> audit.page(AuditFilter.all(), PageRequest.of(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
  }

  /** The agency_code column of every exported row: each row's primary agency. */
  private static java.util.List<String> primaryAgencyCodes(String csv) {
    try {
      var format =
          org.apache.commons.csv.CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get();
      try (var parser = format.parse(new java.io.StringReader(csv))) {
        return parser.stream().map(r -> r.get("agency_code")).toList();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
