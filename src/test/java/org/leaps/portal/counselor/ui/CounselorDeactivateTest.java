package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.CounselorStatus;
import org.leaps.portal.counselor.RosterFilter;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Use case: a liaison retires a counselor and reactivates them; the record is never deleted. */
class CounselorDeactivateTest extends RosterUiTest {

  @Autowired CounselorService service;

  @Test
  @SuppressWarnings("unchecked")
  void retireThenReactivateKeepsTheRecord() {
    Counselor saved = fixtures.saved("GULFPORT-PD", RosterFixtures.unique("Retiree"));
    signIn.as(SignIn.LIAISON_GULFPORT);
    CounselorView view = openRecord(saved.getId());
    assertThat(view.privilegeBadge.getText()).isEqualTo("Privilege-eligible");
    assertThat(view.reactivate.isVisible()).isFalse();
    test(view.deactivate).click();
    Select<CounselorStatus> status = $(Select.class).id("deactivate-status");
    status.setValue(CounselorStatus.RETIRED);
    test($(Button.class).id("deactivate-confirm")).click();

    assertThat(view.statusBadge.getText()).isEqualTo("Retired");
    assertThat(view.privilegeBadge.getText()).isEqualTo("Not privilege-eligible");
    assertThat(view.reactivate.isVisible()).isTrue();
    assertThat(service.findInScope(saved.getId()).orElseThrow().getStatus())
        .isEqualTo(CounselorStatus.RETIRED);
    var retired =
        service.page(
            RosterFilter.none().withName(saved.getLastName()).withStatus(CounselorStatus.RETIRED),
            PageRequest.of(0, 5));
    assertThat(retired).hasSize(1);

    test(view.reactivate).click();
    assertThat(view.statusBadge.getText()).isEqualTo("Active");
    assertThat(service.findInScope(saved.getId()).orElseThrow().getStatus())
        .isEqualTo(CounselorStatus.ACTIVE);
  }
}
