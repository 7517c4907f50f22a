package org.leaps.portal.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.counselor.TestLiaison;
import org.leaps.portal.testsupport.SignIn;
import org.leaps.portal.training.EventKind;
import org.leaps.portal.training.TrainingEvent;
import org.leaps.portal.training.TrainingService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Use case: staff at the conference desk search an attendee and check them in; a second tap (the
 * other desk was faster) checks in nobody twice.
 */
class CheckInDeskTest extends TrainingUiTest {

  @Autowired TrainingService training;

  @Test
  void searchAndCheckInOnceOnly() {
    Agency agency = fixtures.agency("Desk");
    TrainingEvent event = fixtures.event(EventKind.CONFERENCE, 350, 0, 1);
    TestLiaison.signInFor(agency);
    for (String last : new String[] {"Zeller", "Zimmer", "Abbott"}) {
      training.enrollOfficer(
          event.getId(), "Pat", last, RosterFixtures.unique(last) + "@t.invalid", agency.getId());
    }
    signIn.as(SignIn.STAFF);
    CheckInView view = navigate("training/" + event.getId() + "/check-in", CheckInView.class);
    assertThat(view.progress.getText()).isEqualTo("0 of 3 checked in");
    assertThat(test(view.grid).size()).isEqualTo(3);
    assertThat(test(view.grid).getRow(0).getLastName()).isEqualTo("Abbott");

    view.search.setValue("zi");
    assertThat(test(view.grid).size()).isEqualTo(1);
    var zimmer = test(view.grid).getRow(0);
    view.checkIn(zimmer);
    assertThat(view.progress.getText()).isEqualTo("1 of 3 checked in");
    assertThat(test(view.grid).getCellComponent(0, 0).getElement().getTextRecursively())
        .contains("Checked in")
        .contains("by ");
    // The other desk's stale button: nothing changes.
    view.checkIn(zimmer);
    assertThat(view.progress.getText()).isEqualTo("1 of 3 checked in");
    assertThat(training.seats(event.getId()).checkedIn()).isEqualTo(1);
  }
}
