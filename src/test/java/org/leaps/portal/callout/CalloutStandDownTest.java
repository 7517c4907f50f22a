package org.leaps.portal.callout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * When the needed number accepted, everyone still asked is stood down and told it is filled; an
 * offer is answered once; nobody answers an offer made to someone else.
 */
@PortalTest
class CalloutStandDownTest {

  @Autowired CalloutTestData data;
  @Autowired CalloutService callouts;
  @Autowired SignIn signIn;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void theRestAreStoodDownWhenFilledAndAnswersWorkOnce() {
    String zip = data.unusedZip();
    List<Counselor> two = data.availableAt("HATTIESBURG-PD", zip, 2);
    CalloutSummary callout = data.open("GULFPORT-PD", zip, 1);
    callouts.dispatch(callout.id());
    long first = data.offerOf(callout.id(), two.get(0));
    long second = data.offerOf(callout.id(), two.get(1));

    data.as(two.get(1));
    assertThatThrownBy(() -> callouts.accept(first))
        .isInstanceOf(CalloutInputException.class)
        .hasMessageContaining("not offered to you");

    data.as(two.get(0));
    assertThat(callouts.accept(first)).isEqualTo(AnswerOutcome.ACCEPTED);
    assertThatThrownBy(() -> callouts.decline(first))
        .isInstanceOf(CalloutInputException.class)
        .hasMessageContaining("already answered");
    callouts.markEnRoute(first);
    callouts.markOnScene(first);

    data.as(two.get(1));
    assertThat(callouts.myOffer(second).orElseThrow().offer().response())
        .isEqualTo(OfferResponse.STOOD_DOWN);
    assertThatThrownBy(() -> callouts.accept(second))
        .isInstanceOf(CalloutInputException.class)
        .hasMessageContaining("already filled");

    signIn.as(SignIn.DIRECTOR);
    CalloutSummary filled = callouts.find(callout.id()).orElseThrow();
    assertThat(filled.state()).isEqualTo(CalloutState.FILLED);
    assertThat(filled.firstAcceptedAt()).isNotNull();
    assertThat(filled.firstEnRouteAt()).isNotNull();
    assertThat(filled.firstOnSceneAt()).isNotNull();
    assertThatThrownBy(() -> callouts.dispatch(callout.id()))
        .isInstanceOf(CalloutInputException.class)
        .hasMessageContaining("filled");
    callouts.close(callout.id());
  }
}
