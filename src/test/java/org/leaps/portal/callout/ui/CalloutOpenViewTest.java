package org.leaps.portal.callout.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.leaps.portal.callout.CalloutCategory;
import org.leaps.portal.callout.CalloutService;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Use case: a liaison opens a callout for their agency. The privacy reminder is visible; a meeting
 * point over 120 characters is refused on that field; a good request opens the callout's page.
 */
class CalloutOpenViewTest extends CalloutUiTest {

  @Autowired CalloutService callouts;

  @Test
  void aLiaisonOpensACalloutAndBadInputIsNamedOnItsField() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    CalloutOpenView view = navigate(CalloutOpenView.class);
    assertThat($(Paragraph.class).id("privacy-reminder").getText()).contains("Never enter names");
    assertThat(view.agency.getValue().getName()).isEqualTo("Gulfport Police Department");
    assertThat(view.agency.getListDataView().getItemCount()).isEqualTo(1);

    test(view.zip).setValue("39501");
    assertThat(view.county.getValue().getName()).isEqualTo("Harrison");
    test(view.category).selectItem(CalloutCategory.SCHOOL_INCIDENT.label());
    view.meetingPoint.setValue("m".repeat(121));
    test(view.open).click();
    assertThat(view.meetingPoint.isInvalid()).isTrue();
    assertThat(view.meetingPoint.getErrorMessage())
        .isEqualTo("Meeting point: at most 120 characters");

    view.meetingPoint.setValue("North parking lot of the high school");
    view.needed.setValue(0);
    test(view.open).click();
    assertThat(view.needed.isInvalid()).isTrue();
    assertThat(view.needed.getErrorMessage()).isEqualTo("Counselors needed: must be at least 1");

    view.needed.setValue(1);
    test(view.open).click();
    CalloutView opened = $(CalloutView.class).single();
    assertThat(opened.heading.getText()).isEqualTo("School incident, ZIP 39501, Harrison");
    assertThat(opened.clockText.getText()).contains("since the request");
    assertThat(opened.facts.getText()).contains("Meet at: North parking lot of the high school");
    callouts.close(callouts.openBoard().getFirst().id());
  }
}
