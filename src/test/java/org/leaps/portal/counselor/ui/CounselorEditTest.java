package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditFilter;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Use case: a liaison edits a counselor; another agency's record reads as not found. */
class CounselorEditTest extends RosterUiTest {

  @Autowired CounselorService service;
  @Autowired AuditService audit;

  @Test
  void aChangedPhoneIsSavedAndTheAuditTrailShowsOldAndNew() {
    Counselor saved = fixtures.saved("GULFPORT-PD", RosterFixtures.unique("Edit"));
    signIn.as(SignIn.LIAISON_GULFPORT);
    CounselorView view = openRecord(saved.getId());
    assertThat(view.mobilePhone.getValue()).isEqualTo("(228) 555-0199");
    test(view.mobilePhone).setValue("(228) 555-0777");
    test(view.rank).setValue("Sergeant");
    test(view.save).click();

    Counselor reloaded = service.findInScope(saved.getId()).orElseThrow();
    assertThat(reloaded.getMobilePhone()).isEqualTo("(228) 555-0777");
    assertThat(reloaded.getRankTitle()).isEqualTo("Sergeant");
    assertThat(reloaded.getVersion()).isEqualTo(saved.getVersion() + 1);
    var update =
        audit
            .page(AuditFilter.forSubject("Counselor", saved.getId()), PageRequest.of(0, 1))
            .getFirst();
    assertThat(update.getAction()).isEqualTo(AuditAction.UPDATE);
    assertThat(update.getChanges())
        .extracting(c -> c.describe())
        .containsExactly(
            "Rank: Officer → Sergeant", "Mobile phone: (228) 555-0199 → (228) 555-0777");
    assertThat(view.history.getElement().getTextRecursively()).contains("Rank: Officer → Sergeant");
  }

  @Test
  void anotherAgencysCounselorOrAnUnknownIdReadsAsNotFound() {
    Counselor hattiesburg = fixtures.saved("HATTIESBURG-PD", RosterFixtures.unique("Other"));
    signIn.as(SignIn.LIAISON_GULFPORT);
    CounselorView view = openRecord(hattiesburg.getId());
    assertThat(view.heading.isVisible() && view.heading.getParent().orElseThrow().isVisible())
        .isFalse();
    assertThat($(com.vaadin.flow.component.html.Div.class).id("not-found").isVisible()).isTrue();
    assertThat(view.firstName.getValue()).isEmpty();
    navigate("roster/99999999", CounselorView.class);
    assertThat($(com.vaadin.flow.component.html.Div.class).id("not-found").isVisible()).isTrue();
  }
}
