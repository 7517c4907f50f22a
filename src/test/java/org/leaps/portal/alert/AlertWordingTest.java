package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.alert.ui.AlertFollowUpView;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/** The alert screens say what is true for the person reading them. */
@PortalTest
class AlertWordingTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;
  @Autowired AlertTestData data;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void theDirectorWhoHasNoAgencyIsNotToldAboutTheirAgency() {
    data.closeActiveAlerts();
    signIn.as(SignIn.DIRECTOR);
    navigate(AlertFollowUpView.class);
    assertThat($(Paragraph.class).id("follow-up-none").getText())
        .isEqualTo("No active alert asks for acknowledgement.");
  }

  @Test
  void aLiaisonIsToldAboutTheirAgency() {
    data.closeActiveAlerts();
    signIn.as(SignIn.LIAISON_GULFPORT);
    navigate(AlertFollowUpView.class);
    assertThat($(Paragraph.class).id("follow-up-none").getText())
        .isEqualTo("No active alert asks your agency for acknowledgement.");
  }

  @Test
  void theAudienceLineCountsInTheSingularWhereItIsOne() {
    assertThat(
            org.leaps.portal.alert.ui.AlertComposeView.describe(
                new AlertService.AudiencePreview(2, 1, 1, null)))
        .isEqualTo("This alert reaches 2 people: 1 counselor and 1 other portal user.");
  }
}
