package org.leaps.portal.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.AvailabilityStatus;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A counselor who accepted two open callouts stays deployed when the first one closes (or when they
 * clear themselves from it), and gets exactly their own status back only when the last one ends for
 * them. On the real database.
 */
@PortalTest
class CalloutTwoAtOnceTest {

  @Autowired CalloutTestData data;
  @Autowired CalloutService callouts;
  @Autowired AvailabilityService availability;
  @Autowired SignIn signIn;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void closingTheFirstOfTwoCalloutsKeepsTheCounselorDeployed() {
    String zip = data.unusedZip();
    Counselor counselor = data.availableAt("HATTIESBURG-PD", zip, 1).getFirst();
    data.as(counselor);
    var before = availability.mine().plan();
    assertThat(before.status()).isEqualTo(AvailabilityStatus.AVAILABLE);

    // Both callouts ask her while she is still available.
    CalloutSummary first = data.open("GULFPORT-PD", zip, 1);
    CalloutSummary second = data.open("BILOXI-PD", zip, 1);
    callouts.dispatch(first.id());
    callouts.dispatch(second.id());
    long firstOffer = data.offerOf(first.id(), counselor);
    long secondOffer = data.offerOf(second.id(), counselor);

    data.as(counselor);
    assertThat(callouts.accept(firstOffer)).isEqualTo(AnswerOutcome.ACCEPTED);
    assertThat(callouts.accept(secondOffer)).isEqualTo(AnswerOutcome.ACCEPTED);
    assertThat(availability.mine().now().status()).isEqualTo(AvailabilityStatus.DEPLOYED);

    signIn.as(SignIn.DIRECTOR);
    callouts.close(first.id());
    assertThat(availability.isDeployed(counselor.getId()))
        .as("still on the second, open callout")
        .isTrue();

    callouts.close(second.id());
    data.as(counselor);
    var after = availability.mine();
    assertThat(after.now().status()).isEqualTo(AvailabilityStatus.AVAILABLE);
    assertThat(after.plan().statusUntil().truncatedTo(ChronoUnit.SECONDS))
        .isEqualTo(before.statusUntil().truncatedTo(ChronoUnit.SECONDS));
  }

  @Test
  void clearingHerselfFromOneOfTwoKeepsHerDeployedUntilTheOtherEnds() {
    String zip = data.unusedZip();
    Counselor counselor = data.availableAt("HATTIESBURG-PD", zip, 1).getFirst();
    CalloutSummary first = data.open("GULFPORT-PD", zip, 1);
    CalloutSummary second = data.open("BILOXI-PD", zip, 1);
    callouts.dispatch(first.id());
    callouts.dispatch(second.id());
    List<Long> offerIds =
        List.of(data.offerOf(first.id(), counselor), data.offerOf(second.id(), counselor));

    data.as(counselor);
    offerIds.forEach(callouts::accept);
    callouts.clearMine(offerIds.get(1));
    assertThat(availability.mine().now().status()).isEqualTo(AvailabilityStatus.DEPLOYED);

    signIn.as(SignIn.DIRECTOR);
    callouts.close(second.id());
    assertThat(availability.isDeployed(counselor.getId())).isTrue();
    callouts.close(first.id());
    assertThat(availability.isDeployed(counselor.getId())).isFalse();
  }
}
