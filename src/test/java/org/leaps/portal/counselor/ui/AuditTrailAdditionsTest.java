package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.alert.AlertDraft;
import org.leaps.portal.alert.AlertService;
import org.leaps.portal.alert.Severity;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditEvent;
import org.leaps.portal.audit.AuditFilter;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.callout.CalloutCategory;
import org.leaps.portal.callout.CalloutRequest;
import org.leaps.portal.callout.CalloutService;
import org.leaps.portal.callout.CalloutSummary;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.security.SystemAccess;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Who viewed or changed what: opening a counselor record, alert sends and closes, callout stages,
 * and availability changed by someone other than the counselor are in the trail; a liaison of an
 * additional agency sees the history of a record they can read.
 */
class AuditTrailAdditionsTest extends RosterUiTest {

  @Autowired AuditService audit;
  @Autowired CounselorService counselors;
  @Autowired AlertService alerts;
  @Autowired AgencyService agencies;
  @Autowired AvailabilityService availability;
  @Autowired CalloutService callouts;

  private List<AuditEvent> eventsOf(String subjectType, Long id) {
    return audit.page(
        new AuditFilter(null, subjectType, id, null, null, null), PageRequest.of(0, 20));
  }

  @Test
  void openingACounselorRecordIsRecordedAsAViewAndNeverAsItsLastChange() {
    Counselor counselor = fixtures.saved("GULFPORT-PD", RosterFixtures.unique("Viewed"));
    signIn.as(SignIn.LIAISON_GULFPORT);
    openRecord(counselor.getId());

    signIn.as(SignIn.DIRECTOR);
    assertThat(eventsOf("Counselor", counselor.getId()))
        .anySatisfy(e -> {
          assertThat(e.getAction()).isEqualTo(AuditAction.VIEW);
          assertThat(e.getActorName()).isEqualTo("Renee Carter");
          assertThat(e.getSubjectLabel()).isEqualTo(counselor.getFullName());
          assertThat(e.getChanges()).isEmpty();
        });
    assertThat(audit.latest("Counselor", counselor.getId()))
        .hasValueSatisfying(e -> assertThat(e.getAction()).isNotEqualTo(AuditAction.VIEW));
  }

  @Test
  void alertSendsAndClosesAreRecorded() {
    signIn.as(SignIn.DIRECTOR);
    String title = RosterFixtures.unique("Audited alert");
    long gulfport = agencies.agencyIdByCode("GULFPORT-PD").orElseThrow();
    long id =
        alerts
            .send(
                new AlertDraft(
                    title,
                    "Staging at HQ.",
                    Severity.INFORMATION,
                    false,
                    Set.of(),
                    Set.of(gulfport),
                    null,
                    false,
                    Instant.now().plus(Duration.ofHours(1))))
            .alertId();
    alerts.close(id);

    List<AuditEvent> events = eventsOf("Alert", id);
    assertThat(events)
        .extracting(AuditEvent::getAction)
        .containsExactly(AuditAction.CLOSE, AuditAction.SEND);
    assertThat(events.getLast().getSubjectLabel()).isEqualTo(title);
    assertThat(events.getLast().getChanges())
        .anySatisfy(c -> assertThat(c.describe()).isEqualTo("Severity: — → Information"));
  }

  @Test
  void openingAndClosingACalloutAreInTheRequestingAgencysTrail() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    long gulfport = agencies.agencyIdByCode("GULFPORT-PD").orElseThrow();
    CalloutSummary opened =
        callouts.open(
            new CalloutRequest(
                gulfport,
                null,
                "28047",
                "Audit lobby",
                CalloutCategory.LINE_OF_DUTY_DEATH,
                1,
                Instant.now().minus(Duration.ofMinutes(5)),
                false));
    callouts.close(opened.id());

    List<AuditEvent> events = eventsOf("Callout", opened.id());
    assertThat(events.getFirst().getAction()).isEqualTo(AuditAction.UPDATE);
    assertThat(events.getFirst().getChanges().getFirst().describe()).endsWith("→ Closed");
    assertThat(events.getLast().getAction()).isEqualTo(AuditAction.CREATE);
    assertThat(events.getLast().getActorEmail()).isEqualTo(SignIn.LIAISON_GULFPORT);
    assertThat(events.getLast().getSubjectLabel()).isEqualTo("Line-of-duty death, Harrison County");
  }

  @Test
  void aDeploymentMarkedByStaffIsInTheCounselorsAgencysTrail() {
    Counselor counselor = fixtures.saved("GULFPORT-PD", RosterFixtures.unique("Deployed"));
    signIn.as(SignIn.STAFF);
    availability.markDeployed(counselor.getId(), Instant.now().plus(Duration.ofHours(2)));
    availability.clearDeployed(counselor.getId());

    signIn.as(SignIn.LIAISON_GULFPORT);
    List<AuditEvent> events = eventsOf("Availability", counselor.getId());
    assertThat(events).hasSize(2);
    assertThat(events.getLast().getChanges().getFirst().describe()).endsWith("→ Deployed");
    assertThat(events.getLast().getActorEmail()).isEqualTo(SignIn.STAFF);
    assertThat(events.getFirst().getChanges().getFirst().describe())
        .startsWith("Status: Deployed →");
  }

  @Test
  void anAdditionalAgencysLiaisonSeesTheHistoryOfARecordTheyCanRead() {
    Counselor draft = fixtures.draft("GULFPORT-PD", RosterFixtures.unique("Shared"));
    draft.setAdditionalAgencies(Set.of(fixtures.agency("HATTIESBURG-PD")));
    Counselor shared = SystemAccess.call(() -> counselors.create(draft));
    signIn.as(SignIn.LIAISON_GULFPORT);
    Counselor editable = counselors.findInScope(shared.getId()).orElseThrow();
    editable.setRankTitle("Sergeant");
    counselors.update(editable);

    signIn.as(SignIn.LIAISON_HATTIESBURG);
    // The trail's own scope is the agency it was recorded under ...
    assertThat(eventsOf("Counselor", shared.getId())).isEmpty();
    // ... but the record's history shows to everyone who may read the record.
    CounselorView view = openRecord(shared.getId());
    assertThat($(ListItem.class, view.history).all())
        .anySatisfy(item ->
            assertThat(item.getElement().getTextRecursively())
                .contains("Updated")
                .contains("→ Sergeant"));

    // Another agency's liaison, who cannot read the record, gets nothing.
    signIn.as(SignIn.LIAISON_GULFPORT);
    Counselor other = fixtures.saved("HATTIESBURG-PD", RosterFixtures.unique("Other"));
    assertThat(counselors.history(other.getId(), 10)).isEmpty();
  }
}
