package org.leaps.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.counselor.TestLiaison;
import org.leaps.portal.security.SystemAccess;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Waitlist promotion under concurrent withdrawals, on real threads against the real MariaDB: every
 * freed seat goes to exactly the next person in line, never twice, never skipped.
 */
@PortalTest
class ConcurrentWithdrawalsTest {

  @Autowired TrainingService training;
  @Autowired TrainingFixtures fixtures;
  @Autowired SignIn signIn;

  @AfterEach
  void out() {
    signIn.out();
  }

  private List<Enrollment> fill(Agency agency, TrainingEvent event, int people) {
    TestLiaison.signInFor(agency);
    List<Enrollment> all = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      all.add(
          training.enrollOfficer(
              event.getId(),
              "P" + i,
              String.format("Person%02d", i),
              RosterFixtures.unique("w" + i) + "@t.invalid",
              agency.getId()));
    }
    return all;
  }

  /** Runs each task on its own thread, all released at once, signed in as the liaison. */
  private <T> List<T> together(Agency agency, List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            pool.submit(() -> {
              TestLiaison.signInFor(agency);
              start.await();
              try {
                return task.call();
              } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
              }
            }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        try {
          results.add(f.get(60, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
          results.add(null);
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void fourSimultaneousWithdrawalsPromoteExactlyTheFirstFourWaiting() throws Exception {
    Agency agency = fixtures.agency("Race");
    TrainingEvent event = fixtures.event(EventKind.ADVANCED_COURSE, 5, 20, 21);
    List<Enrollment> all = fill(agency, event, 15);
    assertThat(all.subList(0, 5)).allMatch(e -> e.getState() == EnrollmentState.ENROLLED);
    assertThat(all.subList(5, 15)).allMatch(e -> e.getState() == EnrollmentState.WAITLISTED);

    List<Callable<Enrollment>> withdrawals = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      long id = all.get(i).getId();
      withdrawals.add(() -> training.withdraw(id));
    }
    List<Enrollment> done = together(agency, withdrawals);
    assertThat(done).allMatch(e -> e != null && e.getState() == EnrollmentState.WITHDRAWN);

    SystemAccess.run(() -> {
      var rows = training.enrollments(event.getId(), null, PageRequest.of(0, 50));
      var enrolled =
          rows.stream()
              .filter(e -> e.getState() == EnrollmentState.ENROLLED)
              .map(Enrollment::getLastName)
              .toList();
      var waiting =
          rows.stream()
              .filter(e -> e.getState() == EnrollmentState.WAITLISTED)
              .map(Enrollment::getLastName)
              .toList();
      assertThat(enrolled)
          .containsExactly("Person04", "Person05", "Person06", "Person07", "Person08");
      assertThat(waiting)
          .containsExactly("Person09", "Person10", "Person11", "Person12", "Person13", "Person14");
      var seats = training.seats(event.getId());
      assertThat(seats.enrolled()).isEqualTo(5);
      assertThat(seats.waitlisted()).isEqualTo(6);
    });
  }

  @Test
  void twoWithdrawalsOfTheSamePersonPromoteOnlyOnce() throws Exception {
    Agency agency = fixtures.agency("Twice");
    TrainingEvent event = fixtures.event(EventKind.CONTINUING_EDUCATION, 2, 20, 20);
    List<Enrollment> all = fill(agency, event, 5);
    long id = all.getFirst().getId();

    List<Enrollment> done =
        together(agency, List.of(() -> training.withdraw(id), () -> training.withdraw(id)));
    assertThat(done.stream().filter(e -> e != null)).hasSize(1);

    SystemAccess.run(() -> {
      var seats = training.seats(event.getId());
      assertThat(seats.enrolled()).isEqualTo(2);
      assertThat(seats.waitlisted()).isEqualTo(2);
      var enrolled =
          training.enrollments(event.getId(), null, PageRequest.of(0, 50)).stream()
              .filter(e -> e.getState() == EnrollmentState.ENROLLED)
              .map(Enrollment::getLastName)
              .toList();
      assertThat(enrolled).containsExactly("Person01", "Person02");
    });
  }
}
