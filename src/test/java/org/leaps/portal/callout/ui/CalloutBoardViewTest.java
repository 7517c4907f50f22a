package org.leaps.portal.callout.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leaps.portal.callout.CalloutService;
import org.leaps.portal.callout.CalloutSummary;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Use case: the director keeps the live board open; a callout opened elsewhere appears at once with
 * its clock; a liaison's board shows only their agency's callouts.
 */
class CalloutBoardViewTest extends CalloutUiTest {

  @Autowired CalloutService callouts;

  @Test
  void theDirectorsBoardShowsANewCalloutLiveAndALiaisonSeesOnlyTheirOwn() throws Exception {
    signIn.as(SignIn.DIRECTOR);
    CalloutBoardView board = navigate(CalloutBoardView.class);
    var director = SecurityContextHolder.getContext();

    String zip = data.unusedZip();
    CalloutSummary opened = data.open("HATTIESBURG-PD", zip, 1);
    SecurityContextHolder.setContext(director);
    awaitPush(() -> board.board.getElement().getTextRecursively().contains("ZIP " + zip));
    assertThat(board.board.getElement().getTextRecursively())
        .contains("Officer-involved shooting, ZIP " + zip)
        .contains("Hattiesburg Police Department")
        .contains("0 of 1 accepted")
        .contains("since the request");

    signIn.as(SignIn.LIAISON_GULFPORT);
    navigate(CalloutOpenView.class);
    CalloutBoardView gulfport = navigate(CalloutBoardView.class);
    assertThat(gulfport).isNotSameAs(board);
    assertThat(gulfport.board.getElement().getTextRecursively()).doesNotContain("ZIP " + zip);

    signIn.as(SignIn.DIRECTOR);
    callouts.close(opened.id());
  }
}
