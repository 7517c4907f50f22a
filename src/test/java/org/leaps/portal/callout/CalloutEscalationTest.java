package org.leaps.portal.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A tier that does not fill the callout within the escalation time (default two minutes) is
 * followed by the next tier, farther out; before that time nothing happens. Time is moved with a
 * clock offset, not by waiting.
 */
@PortalTest
class CalloutEscalationTest {

  @Autowired CalloutTestData data;
  @Autowired CalloutService callouts;
  @Autowired SignIn signIn;
  @Autowired Clock clock;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void theNextTierIsAskedAfterTwoMinutesWithoutEnoughAcceptances() {
    String zip = data.unusedZip();
    data.availableAt("HATTIESBURG-PD", zip, 2);
    CalloutSummary callout = data.open("GULFPORT-PD", zip, 1);
    callouts.dispatch(callout.id());
    List<OfferView> firstTier = callouts.offersOf(callout.id());
    assertThat(firstTier).hasSize(2).allSatisfy(o -> assertThat(o.tier()).isEqualTo(1));

    Clock oneMinuteLater = Clock.offset(clock, Duration.ofMinutes(1));
    callouts.escalateDue(oneMinuteLater.instant());
    assertThat(callouts.offersOf(callout.id())).hasSize(2);

    Clock threeMinutesLater = Clock.offset(clock, Duration.ofMinutes(3));
    assertThat(callouts.escalateDue(threeMinutesLater.instant())).isGreaterThanOrEqualTo(1);
    List<OfferView> all = callouts.offersOf(callout.id());
    List<OfferView> secondTier = all.stream().filter(o -> o.tier() == 2).toList();
    assertThat(secondTier).isNotEmpty();
    double firstTierRadius =
        firstTier.stream().mapToDouble(OfferView::distanceKm).max().orElseThrow();
    assertThat(secondTier)
        .allSatisfy(o -> assertThat(o.distanceKm()).isGreaterThanOrEqualTo(firstTierRadius));
    assertThat(secondTier)
        .extracting(OfferView::counselorId)
        .doesNotContainAnyElementsOf(firstTier.stream().map(OfferView::counselorId).toList());
    CalloutSummary escalated = callouts.find(callout.id()).orElseThrow();
    assertThat(escalated.tier()).isEqualTo(2);
    assertThat(escalated.escalatedAt()).isNotNull();

    // The same round is not escalated twice.
    callouts.escalateDue(threeMinutesLater.instant());
    assertThat(callouts.find(callout.id()).orElseThrow().tier()).isEqualTo(2);
    callouts.close(callout.id());
  }
}
