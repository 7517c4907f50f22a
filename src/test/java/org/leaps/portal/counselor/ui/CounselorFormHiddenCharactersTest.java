package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Use case: text typed or pasted into the counselor form meets the same rule for hidden characters
 * as the CSV import (decision 071, docs/csv-format.md): refused with the character's code, nothing
 * saved, and tab and line breaks still accepted in the notes.
 */
class CounselorFormHiddenCharactersTest extends RosterUiTest {

  @Autowired CounselorService service;

  @Test
  void aDirectionOverrideOrZeroWidthCharacterIsRefusedByCodeAndNothingIsSaved() {
    Counselor saved = fixtures.saved("GULFPORT-PD", RosterFixtures.unique("Hidden"));
    signIn.as(SignIn.LIAISON_GULFPORT);
    CounselorView view = openRecord(saved.getId());

    test(view.firstName).setValue("\u202Egnirts");
    assertThat(view.firstName.isInvalid()).isTrue();
    assertThat(view.firstName.getErrorMessage()).contains("U+202E");
    test(view.save).click();
    test(view.firstName).setValue("Zero\u200Bwidth");
    assertThat(view.firstName.getErrorMessage()).contains("U+200B");
    test(view.lastName).setValue("Bell\u0007");
    assertThat(view.lastName.getErrorMessage()).contains("U+0007");
    test(view.save).click();

    Counselor stored = service.findInScope(saved.getId()).orElseThrow();
    assertThat(stored.getFirstName()).isEqualTo("Test");
    assertThat(stored.getVersion()).isEqualTo(saved.getVersion());
  }

  @Test
  void tabsAndLineBreaksAreFineInTheNotes() {
    Counselor saved = fixtures.saved("GULFPORT-PD", RosterFixtures.unique("Lines"));
    signIn.as(SignIn.LIAISON_GULFPORT);
    CounselorView view = openRecord(saved.getId());
    test(view.adminNotes).setValue("Radio only\n\tafter 22:00");
    test(view.save).click();
    assertThat(service.findInScope(saved.getId()).orElseThrow().getAdminNotes())
        .isEqualTo("Radio only\n\tafter 22:00");
  }
}
