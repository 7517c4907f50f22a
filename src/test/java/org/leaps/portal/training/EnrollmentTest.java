package org.leaps.portal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.counselor.TestLiaison;
import org.leaps.portal.security.SystemAccess;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Enrollment: a liaison enrolls their own agency's officers (counselors or not) up to capacity and
 * then onto the waitlist; duplicates are refused with a message; another agency's ids are refused
 * in the service and invisible in the queries.
 */
@PortalTest
class EnrollmentTest {

  @Autowired TrainingService training;
  @Autowired TrainingFixtures fixtures;
  @Autowired SignIn signIn;

  @AfterEach
  void out() {
    signIn.out();
  }

  @Test
  void beyondCapacityGoesToTheWaitlistAndAWithdrawalPromotesTheFirstInLine() {
    TrainingEvent event = fixtures.event(EventKind.ADVANCED_COURSE, 2, 10, 11);
    Agency mine = fixtures.newAgencyWithLiaison("Mine");
    var a = fixtures.enroll(event, mine, "Ann", "First");
    var b = fixtures.enroll(event, mine, "Ben", "Second");
    var c = fixtures.enroll(event, mine, "Cal", "Third");
    var d = fixtures.enroll(event, mine, "Dee", "Fourth");
    assertThat(a.getState()).isEqualTo(EnrollmentState.ENROLLED);
    assertThat(b.getState()).isEqualTo(EnrollmentState.ENROLLED);
    assertThat(c.getState()).isEqualTo(EnrollmentState.WAITLISTED);
    assertThat(d.getState()).isEqualTo(EnrollmentState.WAITLISTED);

    training.withdraw(a.getId());

    var list = training.enrollments(event.getId(), null, PageRequest.of(0, 10));
    assertThat(list)
        .extracting(Enrollment::getLastName, Enrollment::getState)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Second", EnrollmentState.ENROLLED),
            org.assertj.core.groups.Tuple.tuple("Third", EnrollmentState.ENROLLED),
            org.assertj.core.groups.Tuple.tuple("Fourth", EnrollmentState.WAITLISTED),
            org.assertj.core.groups.Tuple.tuple("First", EnrollmentState.WITHDRAWN));
    var seats = training.seats(event.getId());
    assertThat(seats.enrolled()).isEqualTo(2);
    assertThat(seats.waitlisted()).isEqualTo(1);
  }

  @Test
  void aDuplicateEnrollmentIsRefusedWithAMessageNamingThePerson() {
    Agency mine = fixtures.agency("Dup");
    Counselor counselor =
        fixtures.counselor(mine, RosterFixtures.unique("Dup"), fixtures.today().plusYears(1));
    TrainingEvent event = fixtures.event(EventKind.CONFERENCE, 10, 5, 6);
    TestLiaison.signInFor(mine);
    training.enrollCounselor(event.getId(), counselor.getId());

    assertThatThrownBy(() -> training.enrollCounselor(event.getId(), counselor.getId()))
        .isInstanceOf(TrainingInputException.class)
        .hasMessage(counselor.getFullName() + " is already enrolled in this event");
    // The same person typed in as an officer, email in other case: the same counselor.
    assertThatThrownBy(() ->
            training.enrollOfficer(
                event.getId(), "X", "Y", counselor.getEmail().toUpperCase(), mine.getId()))
        .isInstanceOf(TrainingInputException.class)
        .hasMessageContaining("is already enrolled");
    assertThat(training.countEnrollments(event.getId(), null)).isEqualTo(1);
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    TrainingEvent event = fixtures.event(EventKind.CONFERENCE, 10, 5, 6);
    Agency mine = fixtures.newAgencyWithLiaison("Bad");
    assertThatThrownBy(
            () -> training.enrollOfficer(event.getId(), "", "Y", "a@b.invalid", mine.getId()))
        .hasMessageStartingWith("First name:");
    assertThatThrownBy(
            () -> training.enrollOfficer(event.getId(), "X", "Y", "not-an-email", mine.getId()))
        .hasMessageStartingWith("Email:");
    assertThatThrownBy(() -> training.enrollOfficer(event.getId(), "X", "Y", "a@b.invalid", null))
        .hasMessageStartingWith("Agency:");
    assertThat(training.countEnrollments(event.getId(), null)).isZero();
  }

  @Test
  void aLiaisonCannotEnrollSeeOrWithdrawAnotherAgencysOfficers() {
    Agency mine = fixtures.agency("Own");
    Agency theirs = fixtures.agency("Other");
    Counselor theirCounselor =
        fixtures.counselor(theirs, RosterFixtures.unique("Theirs"), fixtures.today().plusYears(1));
    TrainingEvent event = fixtures.event(EventKind.CONFERENCE, 10, 5, 6);
    TestLiaison.signInFor(theirs);
    var theirEnrollment = fixtures.enroll(event, theirs, "Tom", "Other");

    TestLiaison.signInFor(mine);
    // Another agency's counselor id reads as not found (the query filters on scope).
    assertThatThrownBy(() -> training.enrollCounselor(event.getId(), theirCounselor.getId()))
        .isInstanceOf(TrainingInputException.class)
        .hasMessage("Counselor: not found");
    // Another agency's id on an officer is refused in the service.
    assertThatThrownBy(() -> fixtures.enroll(event, theirs, "Sly", "Hostile"))
        .isInstanceOf(AccessDeniedException.class);
    // Their counselor's email with my agency id does not slip them in either.
    assertThatThrownBy(() ->
            training.enrollOfficer(
                event.getId(), "Sly", "Hostile", theirCounselor.getEmail(), mine.getId()))
        .isInstanceOf(AccessDeniedException.class);
    // Their enrollment is neither listed nor withdrawable.
    assertThat(training.enrollments(event.getId(), null, PageRequest.of(0, 50))).isEmpty();
    assertThat(training.countEnrollments(event.getId(), null)).isZero();
    assertThatThrownBy(() -> training.withdraw(theirEnrollment.getId()))
        .isInstanceOf(NoSuchElementException.class);
    // Staff-only actions are refused to a liaison outright.
    assertThatThrownBy(() -> training.checkIn(theirEnrollment.getId()))
        .isInstanceOf(AccessDeniedException.class);

    SystemAccess.run(() ->
        assertThat(training.enrollments(event.getId(), null, PageRequest.of(0, 50)))
            .extracting(Enrollment::getState)
            .containsExactly(EnrollmentState.ENROLLED));
  }

  @Test
  void anEventThatIsOverTakesNoEnrollments() {
    TrainingEvent event = fixtures.event(EventKind.CONFERENCE, 10, -5, -4);
    Agency mine = fixtures.newAgencyWithLiaison("Over");
    assertThatThrownBy(() -> fixtures.enroll(event, mine, "Late", "Comer"))
        .isInstanceOf(TrainingInputException.class)
        .hasMessageContaining("over");
  }
}
