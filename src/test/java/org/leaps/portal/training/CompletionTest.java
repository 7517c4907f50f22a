package org.leaps.portal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.audit.AuditFilter;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.audit.FieldChange;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.CounselorStatus;
import org.leaps.portal.counselor.CounselorTraining;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.counselor.TestLiaison;
import org.leaps.portal.security.SystemAccess;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Attendance and completion after the event: refusals for people not enrolled and for dates in the
 * future; a completion writes the hours log, and the counselor's facts (and so the privilege badge)
 * follow with no edit of the record; a correction is audited.
 */
@PortalTest
class CompletionTest {

  @Autowired TrainingService training;
  @Autowired CounselorTraining counselorTraining;
  @Autowired CounselorService counselors;
  @Autowired AuditService audit;
  @Autowired TrainingFixtures fixtures;
  @Autowired SignIn signIn;

  @AfterEach
  void out() {
    signIn.out();
  }

  @Test
  void attendanceForSomeoneNotEnrolledIsRefused() {
    TrainingEvent event = fixtures.event(EventKind.CONTINUING_EDUCATION, 1, -1, 0);
    Agency agency = fixtures.newAgencyWithLiaison("Att");
    var seated = fixtures.enroll(event, agency, "Sat", "Seated");
    var waiting = fixtures.enroll(event, agency, "Wai", "Waiting");
    assertThat(waiting.getState()).isEqualTo(EnrollmentState.WAITLISTED);

    signIn.as(SignIn.STAFF);
    assertThatThrownBy(() -> training.checkIn(waiting.getId()))
        .isInstanceOf(TrainingInputException.class)
        .hasMessage("Attendance: Wai Waiting is not enrolled (waitlisted)");
    assertThatThrownBy(() -> training.complete(waiting.getId(), fixtures.today()))
        .isInstanceOf(TrainingInputException.class)
        .hasMessage("Completion: Wai Waiting is not enrolled");
    assertThatThrownBy(() -> training.complete(seated.getId(), fixtures.today()))
        .hasMessage("Completion: record Sat Seated's attendance first");
    assertThat(training.checkIn(seated.getId()).outcome())
        .isEqualTo(TrainingService.CheckIn.Outcome.CHECKED_IN);
    assertThat(training.seats(event.getId()).checkedIn()).isEqualTo(1);
  }

  @Test
  void aCompletionInTheFutureOrBeforeTheEventIsRefused() {
    TrainingEvent event = fixtures.event(EventKind.CONTINUING_EDUCATION, 5, -2, 1);
    Agency agency = fixtures.newAgencyWithLiaison("Fut");
    var e = fixtures.enroll(event, agency, "Fay", "Future");
    signIn.as(SignIn.STAFF);
    training.checkIn(e.getId());
    LocalDate today = fixtures.today();
    assertThatThrownBy(() -> training.complete(e.getId(), today.plusDays(1)))
        .isInstanceOf(TrainingInputException.class)
        .hasMessage("Completion date: cannot be in the future");
    assertThatThrownBy(() -> training.complete(e.getId(), today.minusDays(3)))
        .hasMessage("Completion date: cannot be before the event started");
    training.complete(e.getId(), today);
    assertThatThrownBy(() -> training.complete(e.getId(), today))
        .hasMessage("Completion: Fay Future has already completed");
  }

  @Test
  void theBasicCourseCreatesAnInactiveCounselorWhoseFactsComeFromTheLog() {
    Agency agency = fixtures.agency("Basic");
    TrainingEvent event = fixtures.event(EventKind.BASIC_COURSE, 24, -3, 0);
    String email = RosterFixtures.unique("new.officer.") + "@t.invalid";
    TestLiaison.signInFor(agency);
    var e = training.enrollOfficer(event.getId(), "Nia", "Newcomer", email, agency.getId());
    assertThat(e.getCounselorId()).isNull();

    signIn.as(SignIn.STAFF);
    training.checkIn(e.getId());
    HoursEntry entry = training.complete(e.getId(), fixtures.today());
    assertThat(entry.getHours()).isEqualTo(32);
    assertThat(entry.getKind()).isEqualTo(HoursKind.BASIC_COURSE);

    var trainee = counselorTraining.traineeByEmail(email).orElseThrow();
    assertThat(trainee.status()).isEqualTo(CounselorStatus.INACTIVE);
    assertThat(trainee.agencyId()).isEqualTo(agency.getId());
    var standing = counselorTraining.standing(trainee.counselorId()).orElseThrow();
    assertThat(standing.basicCourseDate()).isEqualTo(fixtures.today());
    assertThat(standing.recertificationDue()).isEqualTo(fixtures.today().plusYears(2));
    assertThat(standing.continuingEducationHours()).isZero();
    assertThat(standing.trainingFromLog()).isTrue();
    assertThat(standing.privilegeEligible()).isFalse();
    assertThat(training.history(trainee.counselorId()))
        .extracting(HoursEntry::getTitle)
        .containsExactly(event.getTitle());
    var created =
        audit.page(
            AuditFilter.forSubject("Counselor", trainee.counselorId()), PageRequest.of(0, 5));
    assertThat(created.getLast().getChanges())
        .extracting(FieldChange::describe)
        .contains("Source: — → Training log: " + event.getTitle());
  }

  @Test
  void continuingEducationRenewsALapsedCounselorAndACorrectionIsAudited() {
    Agency agency = fixtures.agency("Renew");
    LocalDate today = fixtures.today();
    Counselor lapsed =
        fixtures.counselor(agency, RosterFixtures.unique("Lapsed"), today.minusDays(10));
    signIn.as(SignIn.STAFF);
    assertThat(counselorTraining.standing(lapsed.getId()).orElseThrow().privilegeEligible())
        .isFalse();
    TrainingEvent event =
        SystemAccess.call(() ->
            training.create(
                new EventDraft(
                    EventKind.CONFERENCE,
                    RosterFixtures.unique("Renewal conference "),
                    today.minusDays(1),
                    today,
                    "Test Hall",
                    50,
                    RecertificationRule.HOURS_PER_CYCLE)));
    TestLiaison.signInFor(agency);
    var e = training.enrollCounselor(event.getId(), lapsed.getId());

    signIn.as(SignIn.STAFF);
    training.checkIn(e.getId());
    HoursEntry entry = training.complete(e.getId(), today);

    var standing = counselorTraining.standing(lapsed.getId()).orElseThrow();
    assertThat(standing.recertificationDue()).isEqualTo(today.plusYears(2));
    assertThat(standing.continuingEducationHours()).isEqualTo(12);
    assertThat(standing.basicCourseDate()).isEqualTo(lapsed.getBasicCourseDate());
    assertThat(standing.privilegeEligible()).isTrue();
    assertThat(training.history(lapsed.getId()))
        .extracting(HoursEntry::getKind)
        .containsExactly(HoursKind.CONFERENCE, HoursKind.CARRIED_OVER);

    // The record form cannot overwrite derived facts any more.
    Counselor form = counselors.findInScope(lapsed.getId()).orElseThrow();
    form.setRecertificationDue(today.plusYears(9));
    form.setContinuingEducationHours(999);
    counselors.update(form);
    assertThat(counselorTraining.standing(lapsed.getId()).orElseThrow().recertificationDue())
        .isEqualTo(today.plusYears(2));

    training.correct(entry.getId(), 6, today);
    var corrected = counselorTraining.standing(lapsed.getId()).orElseThrow();
    assertThat(corrected.recertificationDue()).isEqualTo(today.minusDays(10));
    assertThat(corrected.continuingEducationHours()).isEqualTo(6);
    assertThat(corrected.privilegeEligible()).isFalse();
    var correction =
        audit.page(AuditFilter.forSubject("Training hours", entry.getId()), PageRequest.of(0, 1));
    assertThat(correction.getFirst().getChanges())
        .extracting(FieldChange::describe)
        .contains("Credit hours: 12 → 6");
  }
}
