package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/** Use case: a liaison gives a counselor a home or duty ZIP; a ZIP of another state is refused. */
class CounselorHomeZipTest extends RosterUiTest {

  @Autowired CounselorService service;

  @Test
  void aStateZipIsSavedAndAnotherStatesZipIsRefusedOnTheField() {
    Counselor saved = fixtures.saved("GULFPORT-PD", RosterFixtures.unique("Zip"));
    signIn.as(SignIn.LIAISON_GULFPORT);
    CounselorView view = openRecord(saved.getId());

    test(view.homeZip).setValue("90210");
    test(view.save).click();
    assertThat(view.homeZip.isInvalid()).isTrue();
    assertThat(view.homeZip.getErrorMessage()).contains("Mississippi ZIP code");
    assertThat(service.findInScope(saved.getId()).orElseThrow().getHomeZip()).isNull();

    test(view.homeZip).setValue("39501");
    test(view.save).click();
    assertThat(service.findInScope(saved.getId()).orElseThrow().getHomeZip()).isEqualTo("39501");
  }
}
