package org.leaps.portal.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.alert.AlertService;
import org.leaps.portal.audit.AuditFilter;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.RosterFilter;
import org.leaps.portal.security.AccessScope;
import org.leaps.portal.security.AccountService;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.security.Role;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * An officer signed in through the real demo sign-in calls the program's services directly, as a
 * crafted request would: roster, agencies, alerts, audit, availability and the page-view report all
 * refuse. Only Find a peer answers.
 */
@PortalTest
class OfficerScopeTest {

  @Autowired SignIn signIn;
  @Autowired CounselorService counselors;
  @Autowired AgencyService agencies;
  @Autowired AlertService alerts;
  @Autowired AuditService audit;
  @Autowired AvailabilityService availability;
  @Autowired AccountService accounts;
  @Autowired FindPeerService findPeer;

  private PortalUser officer;

  @BeforeEach
  void officer() {
    officer = signIn.as(SignIn.OFFICER);
  }

  @AfterEach
  void out() {
    signIn.out();
  }

  @Test
  void theOfficerHasAnAgencyButNoRosterScope() {
    assertThat(officer.roles()).containsExactly(Role.OFFICER);
    assertThat(officer.agencyNames()).containsExactly("Gulfport Police Department");
    assertThat(officer.inProgram()).isFalse();
    assertThat(officer.isUnplaced()).isFalse();
    assertThat(officer.scope()).isEqualTo(AccessScope.nothing());
    assertThat(officer.counselorId()).isNull();
  }

  @Test
  void everyProgramServiceRefusesTheOfficer() {
    PageRequest page = PageRequest.of(0, 10);
    Long gulfport = officer.agencyIds().iterator().next();
    Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
    calls.put("roster page", () -> counselors.page(RosterFilter.none(), page));
    calls.put("roster count", () -> counselors.count(RosterFilter.none()));
    calls.put("counselor record", () -> counselors.findInScope(1L));
    calls.put("roster figures", () -> counselors.rosterFigures());
    calls.put("counselor total", () -> counselors.countAll());
    calls.put("roster export", () -> counselors.exportCsv(RosterFilter.none(), Writer.NULL));
    calls.put("agency page", () -> agencies.page(null, page));
    calls.put("own agency", () -> agencies.findInScope(gulfport));
    calls.put("agencies in scope", () -> agencies.agenciesInScope());
    calls.put("all agencies", () -> agencies.allAgencies());
    calls.put("liaison names", () -> accounts.liaisonNamesOf(gulfport));
    calls.put("alert inbox", () -> alerts.inbox(page));
    calls.put("alert unread", () -> alerts.unreadCount());
    calls.put("alert open", () -> alerts.open(1L));
    calls.put("alert acknowledge", () -> alerts.acknowledge(1L));
    calls.put("alert token", () -> alerts.acknowledgeByToken("forged"));
    calls.put("alert may send", () -> alerts.currentUserMaySend());
    calls.put("alert tracking", () -> alerts.activeAlerts());
    calls.put("audit page", () -> audit.page(AuditFilter.all(), page));
    calls.put("audit latest", () -> audit.latest("Counselor", 1L));
    calls.put("own availability", () -> availability.mine());
    calls.put("who can respond", () -> availability.responders("28047", 0, 10));
    calls.put("response summary", () -> availability.summary("28047"));
    calls.put("coverage", () -> availability.coverage());
    calls.put("deployments", () -> availability.deployments());
    calls.put("page-view report", () -> findPeer.dailyViews(30));
    calls.forEach((name, call) ->
        assertThatThrownBy(call).as(name).isInstanceOf(AccessDeniedException.class));
  }

  @Test
  void findAPeerAnswersTheOfficerAndTheDirectorSeesTheCounts() {
    assertThat(findPeer.find(PeerFilter.DEFAULT).matching()).isPositive();
    signIn.as(SignIn.DIRECTOR);
    assertThat(findPeer.dailyViews(30)).isNotNull();
  }

  @Test
  void aCraftedCountyIsRefusedWithItsFieldNamed() {
    assertThatThrownBy(() -> findPeer.find(PeerFilter.DEFAULT.near("99999", 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("County");
  }

  private static final class Writer {
    static final java.io.Writer NULL = java.io.Writer.nullWriter();
  }
}
