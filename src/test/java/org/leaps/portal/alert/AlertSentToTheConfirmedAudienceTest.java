package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leaps.portal.security.Role.COUNSELOR;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Send now" sends to the people "Send this alert?" counted (decision 134): the preview's audience
 * is used once more instead of resolved again, if it is for the same audience; a preview for
 * another audience is not.
 */
@PortalTest
class AlertSentToTheConfirmedAudienceTest {

  @Autowired AlertService alerts;
  @Autowired AlertTestData data;
  @Autowired SignIn signIn;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void theAlertGoesToThePeopleThePreviewCounted() {
    signIn.as(SignIn.DIRECTOR);
    long gulfport = data.agencyId("GULFPORT-PD");
    AlertDraft draft =
        data.draft(data.unique("Confirmed"), Severity.URGENT, Set.of(gulfport), COUNSELOR, true);
    AlertService.AudiencePreview preview = alerts.preview(draft);
    String leaving =
        jdbc.queryForObject(
            "select email from counselor where agency_id = ? and status = 'ACTIVE'"
                + " order by id limit 1",
            String.class,
            gulfport);
    jdbc.update("update counselor set status = 'INACTIVE' where email = ?", leaving);
    try {
      long confirmedId = alerts.send(draft, preview).alertId();
      long resolvedId =
          alerts
              .send(
                  data.draft(
                      data.unique("Resolved"), Severity.URGENT, Set.of(gulfport), COUNSELOR, true))
              .alertId();

      assertThat(data.deliveryEmails(confirmedId))
          .hasSize(preview.people())
          .contains(leaving.toLowerCase(java.util.Locale.ROOT));
      assertThat(data.deliveryEmails(resolvedId))
          .hasSize(preview.people() - 1)
          .doesNotContain(leaving.toLowerCase(java.util.Locale.ROOT));
    } finally {
      jdbc.update("update counselor set status = 'ACTIVE' where email = ?", leaving);
    }
  }

  @Test
  void aPreviewOfAnotherAudienceIsNotUsed() {
    signIn.as(SignIn.DIRECTOR);
    long gulfport = data.agencyId("GULFPORT-PD");
    long hattiesburg = data.agencyId("HATTIESBURG-PD");
    AlertService.AudiencePreview gulfportPreview =
        alerts.preview(data.draft("x", Severity.URGENT, Set.of(gulfport), null, true));
    AlertDraft hattiesburgDraft =
        data.draft(data.unique("Other audience"), Severity.URGENT, Set.of(hattiesburg), null, true);
    int hattiesburgPeople = alerts.preview(hattiesburgDraft).people();

    long alertId = alerts.send(hattiesburgDraft, gulfportPreview).alertId();

    assertThat(data.deliveryEmails(alertId)).hasSize(hattiesburgPeople);
    assertThat(data.alert(alertId).getRecipientCount()).isEqualTo(hattiesburgPeople);
  }

  @Test
  void aPreviewWithoutItsPeopleIsResolvedAgain() {
    signIn.as(SignIn.DIRECTOR);
    long gulfport = data.agencyId("GULFPORT-PD");
    AlertDraft draft =
        data.draft(data.unique("Counts only"), Severity.URGENT, Set.of(gulfport), null, true);
    int people = alerts.preview(draft).people();

    long alertId =
        alerts.send(draft, new AlertService.AudiencePreview(people, people, 0, null)).alertId();

    assertThat(data.deliveryEmails(alertId)).hasSize(people);
  }
}
