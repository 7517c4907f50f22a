package org.leaps.portal.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.CounselorStatus;
import org.leaps.portal.counselor.RosterFilter;
import org.leaps.portal.counselor.RosterRow;
import org.leaps.portal.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo training: a basic course that ended last week with its attendance taken and completions
 * still to record (officers who are not yet counselors), a past conference, an upcoming basic
 * course that is full with a waitlist, and the school safety conference for about 350 officers.
 * Changes no counselor record. Runs after the roster loader, only on a database without events.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "leaps.demo.enabled", havingValue = "true", matchIfMissing = true)
class TrainingDemoLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TrainingDemoLoader.class);

  private final TrainingEventRepository events;
  private final EnrollmentRepository enrollments;
  private final CounselorService roster;
  private final AgencyService agencies;
  private final TransactionTemplate transaction;
  private final Clock clock;

  TrainingDemoLoader(
      TrainingEventRepository events,
      EnrollmentRepository enrollments,
      CounselorService roster,
      AgencyService agencies,
      TransactionTemplate transaction,
      Clock clock) {
    this.events = events;
    this.enrollments = enrollments;
    this.roster = roster;
    this.agencies = agencies;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    SystemAccess.run(() -> transaction.executeWithoutResult(status -> loadIfEmpty()));
  }

  private void loadIfEmpty() {
    if (events.count() > 0) {
      return;
    }
    var gulfport = agencies.findByCodeInScope("GULFPORT-PD");
    var hattiesburg = agencies.findByCodeInScope("HATTIESBURG-PD");
    if (gulfport.isEmpty() || hattiesburg.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();

    TrainingEvent pastBasic =
        events.save(
            new TrainingEvent(
                new EventDraft(
                    EventKind.BASIC_COURSE,
                    "Basic Peer Support Course (Gulf Coast)",
                    today.minusDays(9),
                    today.minusDays(6),
                    "Gulfport Police Training Center",
                    24,
                    32)));
    String[][] recruits = {
      {"Avery", "Fountain"}, {"Jordan", "Whitfield"}, {"Casey", "Lamar"},
      {"Morgan", "Ladner"}, {"Riley", "Broussard"}, {"Quinn", "Tillman"}
    };
    for (int i = 0; i < recruits.length; i++) {
      Agency agency = i % 2 == 0 ? gulfport.get() : hattiesburg.get();
      var e =
          enrollments.save(
              new Enrollment(
                  pastBasic,
                  new Enrollment.Person(
                      null,
                      agency.getId(),
                      recruits[i][0],
                      recruits[i][1],
                      (recruits[i][0] + "." + recruits[i][1] + "@" + agency.getCode() + ".demo")
                          .toLowerCase(java.util.Locale.ROOT)),
                  EnrollmentState.ENROLLED,
                  now.minus(Duration.ofDays(40 - i))));
      if (i < 5) {
        enrollments.flush();
        enrollments.claimCheckIn(e.getId(), now.minus(Duration.ofDays(9)), "Program staff (demo)");
      }
    }

    events.save(
        new TrainingEvent(
            new EventDraft(
                EventKind.CONFERENCE,
                "Statewide Peer Support Conference",
                today.minusMonths(4),
                today.minusMonths(4).plusDays(1),
                "Jackson Convention Complex",
                400,
                8)));

    TrainingEvent upcomingBasic =
        events.save(
            new TrainingEvent(
                new EventDraft(
                    EventKind.BASIC_COURSE,
                    "Basic Peer Support Course (Pine Belt)",
                    today.plusDays(21),
                    today.plusDays(24),
                    "Hattiesburg Police Department",
                    4,
                    32)));
    String[][] candidates = {
      {"Drew", "Pickering"}, {"Skyler", "Hinton"}, {"Reese", "Tanner"},
      {"Parker", "Bounds"}, {"Emerson", "Strickland"}, {"Hayden", "Odom"}
    };
    for (int i = 0; i < candidates.length; i++) {
      Agency agency = i % 2 == 0 ? hattiesburg.get() : gulfport.get();
      enrollments.save(
          new Enrollment(
              upcomingBasic,
              new Enrollment.Person(
                  null,
                  agency.getId(),
                  candidates[i][0],
                  candidates[i][1],
                  (candidates[i][0] + "." + candidates[i][1] + "@" + agency.getCode() + ".demo")
                      .toLowerCase(java.util.Locale.ROOT)),
              i < 4 ? EnrollmentState.ENROLLED : EnrollmentState.WAITLISTED,
              now.minus(Duration.ofHours(60 - i))));
    }

    events.save(
        new TrainingEvent(
            new EventDraft(
                EventKind.CONTINUING_EDUCATION,
                "Line-of-Duty Death Response (CE)",
                today.plusDays(45),
                today.plusDays(45),
                "Tupelo Police Department",
                40,
                6)));
    TrainingEvent conference =
        events.save(
            new TrainingEvent(
                new EventDraft(
                    EventKind.CONFERENCE,
                    "School Safety Conference for School Resource Officers",
                    today.plusDays(60),
                    today.plusDays(61),
                    "Mississippi Coast Coliseum, Biloxi",
                    350,
                    12)));
    List<RosterRow> attendees =
        new ArrayList<>(
            roster.page(
                RosterFilter.none().withStatus(CounselorStatus.ACTIVE), PageRequest.of(0, 340)));
    // The demo counselor sees the conference under "My training".
    roster
        .page(RosterFilter.none().withName("counselor@leaps.example"), PageRequest.of(0, 1))
        .stream()
        .filter(me -> attendees.stream().noneMatch(r -> r.id().equals(me.id())))
        .forEach(me -> attendees.set(attendees.size() - 1, me));
    int n = 0;
    for (RosterRow r : attendees) {
      enrollments.save(
          new Enrollment(
              conference,
              new Enrollment.Person(
                  r.id(),
                  r.agencyId(),
                  r.firstName(),
                  r.lastName(),
                  r.email().toLowerCase(java.util.Locale.ROOT)),
              EnrollmentState.ENROLLED,
              now.minus(Duration.ofMinutes(5000 - n++))));
    }
    log.info("Demo training: 5 events, {} enrollments", enrollments.count());
  }
}
