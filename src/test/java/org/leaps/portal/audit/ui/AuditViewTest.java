package org.leaps.portal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditEvent;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.security.SystemAccess;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit view: the director sees every agency's changes, a liaison only their own. */
@PortalTest
class AuditViewTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;
  @Autowired RosterFixtures fixtures;
  @Autowired CounselorService counselors;

  @AfterEach
  void out() {
    signIn.out();
  }

  private Counselor changed(String agencyCode, String lastName) {
    Counselor c = fixtures.saved(agencyCode, lastName);
    c.setRankTitle("Detective");
    return SystemAccess.call(() -> counselors.update(c));
  }

  @Test
  void directorSeesAllAgenciesAndOldToNewValues() {
    String last = RosterFixtures.unique("Audited");
    Counselor hattiesburg = changed("HATTIESBURG-PD", last + "Hattiesburg");
    Counselor gulfport = changed("GULFPORT-PD", last + "Gulfport");
    signIn.as(SignIn.DIRECTOR);
    AuditView view = navigate(AuditView.class);
    // As the director would look for them: updates of records named like this test's.
    test(view.action).selectItem(AuditAction.UPDATE.label());
    test(view.search).setValue("Test " + last);
    var grid = test(view.grid);
    assertThat(grid.size()).isEqualTo(2);
    int record = 3;
    assertThat(List.of(grid.getCellText(0, record), grid.getCellText(1, record)))
        .containsExactlyInAnyOrder(
            "Counselor: " + hattiesburg.getFullName(), "Counselor: " + gulfport.getFullName());
    // Each edit is filed under its own agency, one from each.
    assertThat(List.of(grid.getRow(0).getAgencyId(), grid.getRow(1).getAgencyId()))
        .containsExactlyInAnyOrder(hattiesburg.getAgency().getId(), gulfport.getAgency().getId());
    assertThat(hattiesburg.getAgency().getId()).isNotEqualTo(gulfport.getAgency().getId());
    AuditEvent newest = grid.getRow(0);
    assertThat(newest.getSubjectLabel()).isEqualTo(gulfport.getFullName());
    assertThat(newest.getChanges())
        .extracting(c -> c.describe())
        .contains("Rank: Officer → Detective");
    assertThat(AuditView.changes(newest).getElement().getTextRecursively())
        .contains("Rank: Officer → Detective");
  }

  @Test
  void liaisonSeesOnlyTheirAgencysEvents() {
    String last = RosterFixtures.unique("Private");
    Counselor hattiesburg = changed("HATTIESBURG-PD", last);
    Counselor gulfport = changed("GULFPORT-PD", last);
    signIn.as(SignIn.LIAISON_GULFPORT);
    AuditView view = navigate(AuditView.class);
    var grid = test(view.grid);
    boolean sawGulfport = false;
    for (int i = 0; i < Math.min(grid.size(), 200); i++) {
      AuditEvent event = grid.getRow(i);
      assertThat(event.getSubjectId()).isNotEqualTo(hattiesburg.getId());
      assertThat(
              event.getAgencyId() == null
                  || event.getAgencyId().equals(gulfport.getAgency().getId())
                  || "Renee Carter".equals(event.getActorName()))
          .isTrue();
      sawGulfport |= gulfport.getId().equals(event.getSubjectId());
    }
    assertThat(sawGulfport).isTrue();
  }
}
