package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorConflictException;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/** Use case: two people edit the same counselor; the second save is refused, nothing is lost. */
class CounselorConflictTest extends RosterUiTest {

  @Autowired CounselorService service;

  @Test
  void twoEditsOfTheSameVersionTheSecondGetsAConflictAndTheFirstStays() {
    Counselor saved = fixtures.saved("GULFPORT-PD", RosterFixtures.unique("Twice"));
    signIn.as(SignIn.LIAISON_GULFPORT);
    Counselor first = service.findInScope(saved.getId()).orElseThrow();
    Counselor second = service.findInScope(saved.getId()).orElseThrow();
    first.setMobilePhone("(228) 555-1111");
    second.setMobilePhone("(228) 555-2222");
    service.update(first);
    assertThatThrownBy(() -> service.update(second))
        .isInstanceOfSatisfying(
            CounselorConflictException.class,
            e -> {
              assertThat(e.current().getMobilePhone()).isEqualTo("(228) 555-1111");
              assertThat(e.changedBy()).isEqualTo("Renee Carter");
            });
    assertThat(service.findInScope(saved.getId()).orElseThrow().getMobilePhone())
        .isEqualTo("(228) 555-1111");
  }

  @Test
  void theFormShowsTheOtherPersonsChangesAndReloads() {
    Counselor saved = fixtures.saved("GULFPORT-PD", RosterFixtures.unique("Clash"));
    signIn.as(SignIn.LIAISON_GULFPORT);
    CounselorView view = openRecord(saved.getId());
    test(view.rank).setValue("Lieutenant");

    // Meanwhile the director changes the phone and the rank.
    signIn.as(SignIn.DIRECTOR);
    Counselor theirs = service.findInScope(saved.getId()).orElseThrow();
    theirs.setMobilePhone("(601) 555-3333");
    theirs.setRankTitle("Captain");
    service.update(theirs);

    signIn.as(SignIn.LIAISON_GULFPORT);
    test(view.save).click();
    assertThat(view.conflictDialog).isNotNull();
    assertThat(view.conflictDialog.isOpened()).isTrue();
    String intro = $(com.vaadin.flow.component.html.Paragraph.class).id("conflict-intro").getText();
    assertThat(intro).startsWith("Dana Whitfield saved").contains("were not overwritten");
    var theirList = $(com.vaadin.flow.component.html.UnorderedList.class).id("conflict-theirs");
    assertThat(theirList.getChildren().map(c -> ((ListItem) c).getText()))
        .containsExactly(
            "Rank: Officer → Captain", "Mobile phone: (228) 555-0199 → (601) 555-3333");
    var yourList = $(com.vaadin.flow.component.html.UnorderedList.class).id("conflict-yours");
    assertThat(yourList.getChildren().map(c -> ((ListItem) c).getText()))
        .containsExactly("Rank: Officer → Lieutenant");
    // Nothing was overwritten.
    assertThat(service.findInScope(saved.getId()).orElseThrow().getRankTitle())
        .isEqualTo("Captain");

    test($(com.vaadin.flow.component.button.Button.class).id("conflict-reload")).click();
    assertThat(view.rank.getValue()).isEqualTo("Captain");
    assertThat(view.mobilePhone.getValue()).isEqualTo("(601) 555-3333");
    test(view.rank).setValue("Lieutenant");
    test(view.save).click();
    assertThat(service.findInScope(saved.getId()).orElseThrow().getRankTitle())
        .isEqualTo("Lieutenant");
  }
}
