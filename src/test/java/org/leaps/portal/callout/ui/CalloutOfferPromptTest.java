package org.leaps.portal.callout.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leaps.portal.callout.CalloutService;
import org.leaps.portal.callout.CalloutSummary;
import org.leaps.portal.callout.OfferResponse;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Use case: a counselor has the portal open on their callouts page; when dispatched, a dialog opens
 * at once and one tap accepts; then they mark en route and on scene from the same page.
 */
class CalloutOfferPromptTest extends CalloutUiTest {

  @Autowired CalloutService callouts;

  @Test
  void theOfferPopsUpOnTheOpenPageAndOneTapAccepts() throws Exception {
    String zip = data.unusedZip();
    List<Counselor> mine = data.availableAt("HATTIESBURG-PD", zip, 1);
    data.as(mine.getFirst());
    MyCalloutsView page = navigate(MyCalloutsView.class);
    var counselor = SecurityContextHolder.getContext();
    assertThat(page.empty.isVisible()).isTrue();

    CalloutSummary callout = data.open("GULFPORT-PD", zip, 1);
    callouts.dispatch(callout.id());
    SecurityContextHolder.setContext(counselor);
    awaitPush(() ->
        $(Dialog.class).withId("callout-offer-dialog").all().stream().anyMatch(Dialog::isOpened));

    Dialog dialog = $(Dialog.class).id("callout-offer-dialog");
    assertThat(dialog.getElement().getTextRecursively())
        .contains("Officer-involved shooting, ZIP " + zip)
        .contains("Meet at: Staging area behind the fire station");
    OfferCard card = $(OfferCard.class, dialog).single();
    test(card.accept).click();
    assertThat(dialog.isOpened()).isFalse();
    assertThat(callouts.mine().getFirst().offer().response()).isEqualTo(OfferResponse.ACCEPTED);

    page.refresh();
    OfferCard onIt = $(OfferCard.class, page.list).single();
    test(onIt.enRoute).click();
    onIt = $(OfferCard.class, page.list).single();
    test(onIt.onScene).click();
    assertThat(callouts.mine().getFirst().offer().stage()).isEqualTo("On scene");

    signIn.as(SignIn.DIRECTOR);
    assertThat(callouts.find(callout.id()).orElseThrow().firstOnSceneAt()).isNotNull();
    callouts.close(callout.id());
  }
}
