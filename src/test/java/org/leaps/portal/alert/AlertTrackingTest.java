package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.alert.ui.AlertTrackingView;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The director sees acknowledgements per agency and region and closes the alert; each liaison sees
 * only their own agency's people who have not acknowledged, with phones.
 */
@PortalTest
class AlertTrackingTest extends SpringBrowserlessTest {

  @Autowired AlertService alerts;
  @Autowired AlertTestData data;
  @Autowired SignIn signIn;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void directorSeesCountsPerAgencyAndRegionAndLiaisonsSeeTheirOwnPeople() {
    signIn.as(SignIn.DIRECTOR);
    long gulfport = data.agencyId("GULFPORT-PD");
    long hattiesburg = data.agencyId("HATTIESBURG-PD");
    String title = data.unique("Tracking");
    long alertId =
        alerts
            .send(data.draft(title, Severity.URGENT, Set.of(gulfport, hattiesburg), null, true))
            .alertId();

    signIn.as(SignIn.COUNSELOR);
    assertThat(alerts.acknowledge(alertId)).isTrue();

    signIn.as(SignIn.DIRECTOR);
    Tracking tracking = alerts.tracking(alertId).orElseThrow();
    Map<String, Tracking.Row> byAgency =
        tracking.byAgency().stream()
            .collect(java.util.stream.Collectors.toMap(Tracking.Row::name, r -> r));
    assertThat(byAgency)
        .containsOnlyKeys("Gulfport Police Department", "Hattiesburg Police Department");
    Tracking.Row gulfportRow = byAgency.get("Gulfport Police Department");
    assertThat(gulfportRow.acknowledged()).isEqualTo(1);
    assertThat(gulfportRow.acknowledged() + gulfportRow.reached() + gulfportRow.notYet())
        .isEqualTo(gulfportRow.total());
    assertThat(byAgency.get("Hattiesburg Police Department").acknowledged()).isZero();
    assertThat(tracking.byRegion()).extracting(Tracking.Row::name).contains("Troop K (Biloxi)");
    assertThat(tracking.total()).isEqualTo(data.deliveryEmails(alertId).size());

    // The Gulfport liaison sees Gulfport's people who have not acknowledged: not Hannah, who did,
    // and nobody from Hattiesburg.
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThat(alerts.activeAlertsInScope()).extracting(AlertSummary::id).contains(alertId);
    var open = alerts.notAcknowledged(alertId, PageRequest.of(0, 100)).getContent();
    assertThat(open).isNotEmpty();
    assertThat(open)
        .extracting(AlertService.FollowUp::agencyName)
        .containsOnly("Gulfport Police Department");
    assertThat(open).extracting(AlertService.FollowUp::name).doesNotContain("Hannah Delacroix");
    assertThat(open).anySatisfy(p -> assertThat(p.mobilePhone()).isNotBlank());
    assertThat(open).hasSize((int) (gulfportRow.total() - 1));
    assertThatThrownBy(() -> alerts.tracking(alertId)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> alerts.close(alertId)).isInstanceOf(AccessDeniedException.class);

    // A counselor cannot see the follow-up list at all.
    signIn.as(SignIn.COUNSELOR);
    assertThatThrownBy(() -> alerts.notAcknowledged(alertId, PageRequest.of(0, 10)))
        .isInstanceOf(AccessDeniedException.class);

    // The director closes it on the tracking screen.
    signIn.as(SignIn.DIRECTOR);
    navigate(AlertTrackingView.class, Map.of("alertId", Long.toString(alertId)));
    assertThat($(Paragraph.class).id("tracking-headline").getText())
        .startsWith("1 of " + tracking.total() + " acknowledged.");
    test($(Button.class).id("tracking-close")).click();
    test($(Button.class, $(Dialog.class).id("tracking-close-confirm"))
            .id("tracking-close-confirm-button"))
        .click();
    assertThat($(Paragraph.class).id("tracking-headline").getText()).contains("Closed");
    assertThat($(Button.class).withId("tracking-close").all())
        .as("no visible close button")
        .isEmpty();
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThat(alerts.activeAlertsInScope()).extracting(AlertSummary::id).doesNotContain(alertId);
  }
}
