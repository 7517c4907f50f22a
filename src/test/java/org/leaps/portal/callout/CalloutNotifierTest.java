package org.leaps.portal.callout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.callout.RecordingCalloutNotifier.Told;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What reaches people outside the portal, through every {@link CalloutNotifier} bean (email, and
 * here a recording one standing in for an SMS gateway): each counselor asked gets the logistics and
 * a signed answer link; when the callout fills, the others are stood down and thanked; when a tier
 * does not fill it in time, the director is alerted with the tier now asked.
 */
@PortalTest
class CalloutNotifierTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired CalloutTestData data;
  @Autowired CalloutService callouts;
  @Autowired RecordingCalloutNotifier gateway;
  @Autowired SignIn signIn;
  @Autowired Clock clock;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  private List<Told> told(long calloutId, String kind, int expected) {
    await()
        .atMost(PATIENCE)
        .until(() ->
            gateway.about(calloutId).stream().filter(t -> t.kind().equals(kind)).count()
                >= expected);
    return gateway.about(calloutId).stream().filter(t -> t.kind().equals(kind)).toList();
  }

  @Test
  void theAskedGetTheLogisticsAndALinkAndTheOthersAreThankedWhenItFills() {
    String zip = data.unusedZip();
    List<Counselor> two = data.availableAt("HATTIESBURG-PD", zip, 2);
    CalloutSummary callout = data.open("GULFPORT-PD", zip, 1);
    assertThat(callouts.dispatch(callout.id())).isEqualTo(2);

    List<Told> offered = told(callout.id(), "offered", 2);
    assertThat(offered)
        .extracting(Told::counselorId)
        .containsExactlyInAnyOrder(two.get(0).getId(), two.get(1).getId());
    assertThat(offered)
        .allSatisfy(t -> {
          assertThat(t.notice().email()).isIn(two.get(0).getEmail(), two.get(1).getEmail());
          assertThat(t.notice().category()).isEqualTo("Officer-involved shooting");
          assertThat(t.notice().where()).startsWith("ZIP " + zip);
          assertThat(t.notice().meetingPoint()).isEqualTo("Staging area behind the fire station");
          assertThat(t.notice().respondLink()).contains("/callouts/respond/");
        });

    long offer = data.offerOf(callout.id(), two.get(0));
    data.as(two.get(0));
    callouts.accept(offer);
    List<Told> thanked = told(callout.id(), "filled", 1);
    assertThat(thanked).singleElement().extracting(Told::counselorId).isEqualTo(two.get(1).getId());
    assertThat(gateway.about(callout.id()))
        .filteredOn(t -> t.counselorId() == two.get(0).getId())
        .extracting(Told::kind)
        .containsExactly("offered");
    signIn.as(SignIn.DIRECTOR);
    callouts.close(callout.id());
  }

  @Test
  void theDirectorIsAlertedWhenATierDoesNotFillItInTime() {
    String zip = data.unusedZip();
    data.availableAt("HATTIESBURG-PD", zip, 2);
    CalloutSummary callout = data.open("GULFPORT-PD", zip, 2);
    callouts.dispatch(callout.id());
    callouts.escalateDue(Clock.offset(clock, Duration.ofMinutes(3)).instant());

    assertThat(told(callout.id(), "escalated", 1))
        .singleElement()
        .extracting(Told::tier)
        .isEqualTo(2);
    signIn.as(SignIn.DIRECTOR);
    callouts.close(callout.id());
    // Closing stands the still-asked down with thanks too ("closed", not "filled").
    assertThat(told(callout.id(), "closed", 1)).isNotEmpty();
  }
}
