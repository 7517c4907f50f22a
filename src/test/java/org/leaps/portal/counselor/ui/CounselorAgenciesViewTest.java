package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.agency.AgencyType;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.counselor.TestLiaison;
import org.leaps.portal.security.SystemAccess;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Use case: the director records that a counselor also serves another agency; that agency's liaison
 * finds the counselor on their roster ("Agency A +1") and opens the record read-only.
 */
class CounselorAgenciesViewTest extends RosterUiTest {

  @Autowired CounselorService service;
  @Autowired AgencyService agencies;

  private Agency agency(String name) {
    String code = "T-" + RosterFixtures.unique("").substring(0, 8).toUpperCase();
    return SystemAccess.call(() ->
        agencies.create(
            new Agency(code, name + " " + code, AgencyType.OTHER, fixtures.county("Harrison"))));
  }

  @Test
  void theDirectorAddsAnAgencyAndItsLiaisonSeesTheRecordReadOnly() {
    Agency a = agency("View A");
    Agency b = agency("View B");
    String last = RosterFixtures.unique("Zzview");
    Counselor draft = fixtures.draft("GULFPORT-PD", last);
    draft.setAgency(a);
    Counselor saved = SystemAccess.call(() -> service.create(draft));

    signIn.as(SignIn.DIRECTOR);
    CounselorView record = openRecord(saved.getId());
    assertThat(record.additionalAgencies.isReadOnly()).isFalse();
    assertThat(record.additionalAgencies.getValue()).isEmpty();
    record.additionalAgencies.setValue(Set.of(b));
    test(record.save).click();
    assertThat(service.findInScope(saved.getId()).orElseThrow().getAdditionalAgencies())
        .extracting(Agency::getId)
        .containsExactly(b.getId());
    assertThat(record.history.getElement().getTextRecursively())
        .contains("Additional agencies:")
        .contains(b.getName());

    TestLiaison.signInFor(b);
    RosterView roster = navigate(RosterView.class);
    var grid = test(roster.grid);
    assertThat(grid.size()).isEqualTo(1);
    assertThat(grid.getRow(0).agencyText()).isEqualTo(a.getName() + " +1");
    // A liaison of one agency gets no Agency column (decision 121); the name cell carries the text
    // instead, which RosterColumnsTest checks.
    assertThat(roster.grid.getColumnByKey("agency")).isNull();

    CounselorView seen = openRecord(saved.getId());
    assertThat(seen.firstName.getValue()).isEqualTo("Test");
    assertThat(seen.viewOnly.isVisible()).isTrue();
    assertThat(seen.viewOnly.getText()).contains("View only").contains(a.getName());
    assertThat(seen.firstName.isReadOnly()).isTrue();
    assertThat(seen.additionalAgencies.isReadOnly()).isTrue();
    assertThat(seen.save.isVisible()).isFalse();
    assertThat(seen.deactivate.isVisible()).isFalse();
    assertThat(seen.agency.getValue().getId()).isEqualTo(a.getId());
  }
}
