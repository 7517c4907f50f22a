package org.leaps.portal.peer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNav;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.ui.AgenciesView;
import org.leaps.portal.alert.ui.AlertAckView;
import org.leaps.portal.alert.ui.AlertComposeView;
import org.leaps.portal.alert.ui.AlertFollowUpView;
import org.leaps.portal.alert.ui.AlertInboxView;
import org.leaps.portal.alert.ui.AlertTrackingView;
import org.leaps.portal.audit.ui.AuditView;
import org.leaps.portal.availability.ui.CoverageView;
import org.leaps.portal.availability.ui.MyAvailabilityView;
import org.leaps.portal.availability.ui.RespondView;
import org.leaps.portal.counselor.ui.CounselorView;
import org.leaps.portal.counselor.ui.RosterImportView;
import org.leaps.portal.counselor.ui.RosterView;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.ShellMenu;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo officer opens each program screen by its address and never gets it: roster, record,
 * import, alerts (inbox, compose, tracking, follow-up, acknowledgement link), audit, agencies,
 * availability, who can respond, coverage. The overview takes them to Find a peer, the only entry
 * in their navigation.
 */
@PortalTest
class OfficerRoutesTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;

  @BeforeEach
  void officer() {
    signIn.as(SignIn.OFFICER);
  }

  @AfterEach
  void out() {
    signIn.out();
  }

  private void assertRefused(String location, Class<? extends Component> view) {
    String refusal = null;
    try {
      navigate(location, view);
    } catch (IllegalArgumentException refused) {
      // Browserless reports a refused navigation as reaching another view than the one asked for.
      refusal = refused.getMessage();
    }
    assertThat(getCurrentView()).as(location).isNotInstanceOf(view);
    System.out.println(
        "REFUSAL " + location + " -> " + getCurrentView().getClass() + " " + refusal);
  }

  @Test
  void officerSeesOnlyFindAPeerInTheNavigation() {
    navigate(FindPeerView.class);
    assertThat(ShellMenu.labels($(SideNav.class).single())).containsExactly("Find a peer");
  }

  @Test
  void theOverviewTakesTheOfficerToFindAPeer() {
    navigate("", FindPeerView.class);
    assertThat(getCurrentView()).isInstanceOf(FindPeerView.class);
  }

  @Test
  void roster() {
    assertRefused("roster", RosterView.class);
  }

  @Test
  void counselorRecord() {
    assertRefused("roster/1", CounselorView.class);
  }

  @Test
  void rosterImport() {
    assertRefused("roster/import", RosterImportView.class);
  }

  @Test
  void alertInbox() {
    assertRefused("alerts", AlertInboxView.class);
  }

  @Test
  void alertCompose() {
    assertRefused("alerts/compose", AlertComposeView.class);
  }

  @Test
  void alertTracking() {
    assertRefused("alerts/tracking", AlertTrackingView.class);
  }

  @Test
  void alertFollowUp() {
    assertRefused("alerts/follow-up", AlertFollowUpView.class);
  }

  @Test
  void alertAcknowledgementLink() {
    assertRefused("alerts/ack/not-a-token", AlertAckView.class);
  }

  @Test
  void audit() {
    assertRefused("audit", AuditView.class);
  }

  @Test
  void agencies() {
    assertRefused("agencies", AgenciesView.class);
  }

  @Test
  void myAvailability() {
    assertRefused("availability", MyAvailabilityView.class);
  }

  @Test
  void whoCanRespondNow() {
    assertRefused("respond", RespondView.class);
  }

  @Test
  void coverageMap() {
    assertRefused("coverage", CoverageView.class);
  }
}
