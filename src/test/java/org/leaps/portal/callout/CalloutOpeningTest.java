package org.leaps.portal.callout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Opening a callout: each bad field is refused with its name and nothing is stored; a liaison opens
 * only for their own agency and sees only their own agency's callouts; a counselor opens none.
 */
@PortalTest
class CalloutOpeningTest {

  @Autowired CalloutService callouts;
  @Autowired RosterFixtures roster;
  @Autowired SignIn signIn;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  private CalloutRequest request(
      String agencyCode, String zip, String county, String meet, Integer needed, Instant at) {
    return new CalloutRequest(
        roster.agency(agencyCode).getId(),
        zip,
        county,
        meet,
        CalloutCategory.LINE_OF_DUTY_DEATH,
        needed,
        at,
        false);
  }

  private static Instant tenMinutesAgo() {
    return Instant.now().minus(Duration.ofMinutes(10));
  }

  @Test
  void eachBadFieldIsRefusedWithItsName() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThatThrownBy(() ->
            callouts.open(
                request("GULFPORT-PD", "39501", null, "x".repeat(121), 2, tenMinutesAgo())))
        .isInstanceOf(CalloutInputException.class)
        .hasMessage("Meeting point: at most 120 characters");
    assertThatThrownBy(
            () -> callouts.open(request("GULFPORT-PD", "39501", null, "Lobby", 0, tenMinutesAgo())))
        .hasMessage("Counselors needed: must be at least 1");
    assertThatThrownBy(() ->
            callouts.open(
                request(
                    "GULFPORT-PD",
                    "39501",
                    null,
                    "Lobby",
                    2,
                    Instant.now().plus(Duration.ofHours(1)))))
        .hasMessage("Time of the incident: cannot be in the future");
    assertThatThrownBy(
            () -> callouts.open(request("GULFPORT-PD", "90210", null, "Lobby", 2, tenMinutesAgo())))
        .hasMessage("Incident ZIP: enter a Mississippi ZIP code such as 39501");
    assertThatThrownBy(
            () -> callouts.open(request("GULFPORT-PD", "", "06037", "Lobby", 2, tenMinutesAgo())))
        .hasMessage("Incident point: choose a county in Mississippi");
    assertThatThrownBy(
            () -> callouts.open(request("GULFPORT-PD", null, null, "Lobby", 2, tenMinutesAgo())))
        .hasMessageStartingWith("Incident point:");
    assertThatThrownBy(
            () -> callouts.open(request("GULFPORT-PD", "39501", null, "  ", 2, tenMinutesAgo())))
        .hasMessageStartingWith("Meeting point:");
  }

  @Test
  void aCountyClickIsAnApproximatePointAndScriptIsKeptAsText() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    CalloutSummary opened =
        callouts.open(
            request(
                "GULFPORT-PD",
                null,
                "28047",
                "<script>alert(1)</script> gate 2\nrear lot",
                1,
                tenMinutesAgo()));
    assertThat(opened.incidentZip()).isNull();
    assertThat(opened.countyName()).isEqualTo("Harrison");
    assertThat(opened.meetingPoint()).isEqualTo("<script>alert(1)</script> gate 2 rear lot");
    assertThat(opened.state()).isEqualTo(CalloutState.REQUESTED);
    callouts.close(opened.id());
  }

  @Test
  void aLiaisonCannotOpenOrSeeAnotherAgencysCallouts() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThatThrownBy(() ->
            callouts.open(request("HATTIESBURG-PD", "39401", null, "Lobby", 1, tenMinutesAgo())))
        .isInstanceOf(AccessDeniedException.class);

    signIn.as(SignIn.LIAISON_HATTIESBURG);
    CalloutSummary theirs =
        callouts.open(request("HATTIESBURG-PD", "39401", null, "Lobby", 1, tenMinutesAgo()));

    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThat(callouts.find(theirs.id())).isEmpty();
    assertThat(callouts.openBoard()).extracting(CalloutSummary::id).doesNotContain(theirs.id());
    assertThatThrownBy(() -> callouts.dispatch(theirs.id()))
        .isInstanceOf(CalloutInputException.class)
        .hasMessage("Callout: not found");
    assertThatThrownBy(() -> callouts.close(theirs.id())).hasMessage("Callout: not found");
    assertThatThrownBy(() -> callouts.offersOf(theirs.id())).hasMessage("Callout: not found");

    signIn.as(SignIn.COUNSELOR);
    assertThatThrownBy(
            () -> callouts.open(request("GULFPORT-PD", "39501", null, "Lobby", 1, tenMinutesAgo())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> callouts.find(theirs.id())).isInstanceOf(AccessDeniedException.class);

    signIn.as(SignIn.DIRECTOR);
    assertThat(callouts.openBoard()).extracting(CalloutSummary::id).contains(theirs.id());
    callouts.close(theirs.id());
  }
}
