package org.leaps.portal.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.counselor.TestLiaison;
import org.leaps.portal.testsupport.SignIn;
import org.leaps.portal.training.EventKind;

/**
 * Use case: the director creates a course; a bad capacity is named on its field; liaisons cannot.
 */
class CreateEventTest extends TrainingUiTest {

  @Test
  void theDirectorCreatesACourseAndItIsListed() {
    signIn.as(SignIn.DIRECTOR);
    TrainingEventsView view = navigate(TrainingEventsView.class);
    long before = test(view.grid).size();
    test(view.newEvent).click();
    roundTrip();
    var dialog = view.dialog;
    String title = RosterFixtures.unique("Advanced Critical Incident Course ");
    dialog.eventKind.setValue(EventKind.ADVANCED_COURSE);
    dialog.title.setValue(title);
    dialog.startsOn.setValue(fixtures.today().plusDays(30));
    dialog.place.setValue("Meridian");
    dialog.capacity.setValue(0);
    dialog.creditHours.setValue(16);
    test(dialog.save).click();
    assertThat(dialog.capacity.isInvalid()).isTrue();
    assertThat(dialog.capacity.getErrorMessage()).startsWith("Capacity:");
    assertThat(dialog.isOpened()).isTrue();

    dialog.capacity.setValue(30);
    test(dialog.save).click();
    assertThat(dialog.isOpened()).isFalse();
    assertThat(test(view.grid).size()).isEqualTo(before + 1);
    assertThat(dialog.endsOn.getValue()).isEqualTo(fixtures.today().plusDays(30));
  }

  @Test
  void aLiaisonSeesEventsButCannotCreateThem() {
    TestLiaison.signInFor(fixtures.agency("View"));
    TrainingEventsView view = navigate(TrainingEventsView.class);
    assertThat(view.newEvent.isVisible()).isFalse();
  }
}
