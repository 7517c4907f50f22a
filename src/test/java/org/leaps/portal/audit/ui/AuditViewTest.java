package org.leaps.portal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
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
    Counselor hattiesburg = changed("HATTIESBURG-PD", last);
    Counselor gulfport = changed("GULFPORT-PD", last);
    signIn.as(SignIn.DIRECTOR);
    AuditView view = navigate(AuditView.class);
    test(view.search).setValue("Test");
    view.search.setValue(last.substring(0, 3));
    test(view.action).selectItem(AuditAction.UPDATE.label());
    view.search.setValue("");
    var grid = test(view.grid);
    assertThat(grid.size()).isGreaterThanOrEqualTo(2);
    // Both agencies' edits of this test are listed for the director, each under its agency.
    java.util.List<Long> agenciesOfThisTest = new java.util.ArrayList<>();
    for (int row = 0; row < Math.min(grid.size(), 50); row++) {
      AuditEvent event = grid.getRow(row);
      if (event.getSubjectLabel() != null && event.getSubjectLabel().contains(last)) {
        agenciesOfThisTest.add(event.getAgencyId());
      }
    }
    assertThat(agenciesOfThisTest)
        .containsExactlyInAnyOrder(hattiesburg.getAgency().getId(), gulfport.getAgency().getId());
    AuditEvent newest = grid.getRow(0);
    assertThat(newest.getAction()).isEqualTo(AuditAction.UPDATE);
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
