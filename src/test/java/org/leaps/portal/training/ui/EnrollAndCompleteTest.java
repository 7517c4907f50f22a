package org.leaps.portal.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.testsupport.SignIn;
import org.leaps.portal.training.EventKind;
import org.leaps.portal.training.TrainingEvent;
import org.leaps.portal.training.TrainingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Use case: a liaison enrolls an officer who is not yet a counselor; the same officer again is
 * refused on the email field; staff record attendance, and a completion dated in the future is
 * refused on the date field.
 */
class EnrollAndCompleteTest extends TrainingUiTest {

  @Autowired TrainingService training;

  @Test
  void aLiaisonEnrollsAnOfficerAndADuplicateIsRefusedOnTheEmailField() {
    TrainingEvent event = fixtures.event(EventKind.BASIC_COURSE, 10, 3, 6);
    Agency agency = fixtures.newAgencyWithLiaison("Enroll");
    TrainingEventView view = navigate("training/" + event.getId(), TrainingEventView.class);
    assertThat(view.heading.getText()).isEqualTo(event.getTitle());
    assertThat(view.agency.getValue()).isEqualTo(agency);
    String email = RosterFixtures.unique("officer.") + "@t.invalid";
    view.firstName.setValue("Olive");
    view.lastName.setValue("Officer");
    view.email.setValue(email);
    test(view.enrollOfficer).click();
    assertThat(test(view.grid).size()).isEqualTo(1);
    assertThat(test(view.grid).getRow(0).getEmail()).isEqualTo(email);
    assertThat(view.seats.getText()).isEqualTo("1 of 10 seats taken");

    view.firstName.setValue("Olive");
    view.lastName.setValue("Officer");
    view.email.setValue(email);
    test(view.enrollOfficer).click();
    assertThat(view.email.isInvalid()).isTrue();
    assertThat(view.email.getErrorMessage())
        .isEqualTo("Olive Officer is already enrolled in this event");
    assertThat(test(view.grid).size()).isEqualTo(1);
  }

  @Test
  void staffRecordAttendanceAndAFutureCompletionIsRefused() {
    TrainingEvent event = fixtures.event(EventKind.CONFERENCE, 10, -1, 1);
    Agency agency = fixtures.newAgencyWithLiaison("Complete");
    var enrollment = fixtures.enroll(event, agency, "Cam", "Complete");

    signIn.as(SignIn.STAFF);
    TrainingEventView view = navigate("training/" + event.getId(), TrainingEventView.class);
    var attended =
        (Button) test(view.grid).getCellComponent(0, 2).getChildren().findFirst().orElseThrow();
    assertThat(attended.getText()).isEqualTo("Attended");
    test(attended).click();
    assertThat(training.seats(event.getId()).checkedIn()).isEqualTo(1);

    var row = training.enrollments(event.getId(), null, PageRequest.of(0, 1)).getFirst();
    view.openComplete(row);
    roundTrip();
    var date =
        (DatePicker)
            view.completeDialog
                .getChildren()
                .filter(c -> c instanceof DatePicker)
                .findFirst()
                .orElseThrow();
    date.setValue(fixtures.today().plusDays(1));
    var save =
        (Button)
            view.completeDialog
                .getFooter()
                .getElement()
                .getChildren()
                .map(e -> e.getComponent().orElseThrow())
                .filter(c -> c instanceof Button b && b.getText().equals("Record completion"))
                .findFirst()
                .orElseThrow();
    test(save).click();
    assertThat(date.isInvalid()).isTrue();
    assertThat(date.getErrorMessage()).isEqualTo("Completion date: cannot be in the future");
    assertThat(view.completeDialog.isOpened()).isTrue();

    date.setValue(fixtures.today());
    test(save).click();
    assertThat(view.completeDialog.isOpened()).isFalse();
    assertThat(
            training
                .enrollments(event.getId(), null, PageRequest.of(0, 1))
                .getFirst()
                .getCompletedOn())
        .isEqualTo(fixtures.today());
    assertThat(enrollment.getId()).isEqualTo(row.getId());
  }
}
