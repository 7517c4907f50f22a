package org.leaps.portal.callout.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leaps.portal.callout.CalloutService;
import org.leaps.portal.callout.CalloutSummary;
import org.leaps.portal.callout.Match;
import org.leaps.portal.callout.OfferView;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Use case: the requester reviews the matches (who is left out and why), asks the first tier and
 * closes the callout; another agency's callout reads as not found.
 */
class CalloutViewTest extends CalloutUiTest {

  @Autowired CalloutService callouts;

  @Test
  void theRequesterSeesMatchesAndExclusionsAsksTheFirstTierAndCloses() {
    String zip = data.unusedZip();
    data.availableAt("HATTIESBURG-PD", zip, 2);
    data.availableAt("GULFPORT-PD", zip, 1);
    CalloutSummary callout = data.open("GULFPORT-PD", zip, 1);

    signIn.as(SignIn.LIAISON_GULFPORT);
    CalloutView view = navigate("callout/" + callout.id(), CalloutView.class);
    assertThat(view.heading.getText()).contains("ZIP " + zip);
    var ranked = test(view.next);
    assertThat(ranked.size()).isGreaterThanOrEqualTo(2);
    assertThat(view.excludedCounts.getText()).contains("requesting agency");
    var excluded =
        view.excluded.getGenericDataView().getItems().map(Match.Excluded::reason).toList();
    assertThat(excluded).isNotEmpty();

    test(view.dispatch).click();
    assertThat(view.asked.getGenericDataView().getItems().map(OfferView::tier).toList())
        .hasSize(2)
        .containsOnly(1);
    assertThat(view.timeline.getElement().getTextRecursively()).contains("Dispatched");

    test(view.close).click();
    assertThat(view.close.isVisible()).isFalse();

    signIn.as(SignIn.LIAISON_HATTIESBURG);
    CalloutView other = navigate("callout/" + callout.id(), CalloutView.class);
    assertThat(other.notFound.isVisible()).isTrue();
  }
}
