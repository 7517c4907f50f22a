package org.leaps.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Two staff at the check-in desk tap the same attendee at the same moment (real threads, real
 * MariaDB): one check-in lands, the other desk is told who was first. Splitting the list between
 * two desks checks in everyone exactly once.
 */
@PortalTest
class CheckInRaceTest {

  @Autowired TrainingService training;
  @Autowired TrainingFixtures fixtures;
  @Autowired SignIn signIn;

  @AfterEach
  void out() {
    signIn.out();
  }

  @Test
  void twoDesksTappingTheSameNameCheckInOnce() throws Exception {
    Agency agency = fixtures.agency("Desk");
    TrainingEvent event = fixtures.event(EventKind.CONFERENCE, 400, 0, 1);
    TestLiaison.signInFor(agency);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(
          training
              .enrollOfficer(
                  event.getId(),
                  "A" + i,
                  "Attendee" + i,
                  RosterFixtures.unique("c") + "@t.invalid",
                  agency.getId())
              .getId());
    }
    signIn.out();

    ExecutorService desks = Executors.newFixedThreadPool(2);
    try {
      for (long id : ids) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TrainingService.CheckIn>> both = new ArrayList<>();
        for (String desk : List.of(SignIn.DIRECTOR, SignIn.STAFF)) {
          both.add(
              desks.submit(() -> {
                signIn.as(desk);
                start.await();
                try {
                  return training.checkIn(id);
                } finally {
                  signIn.out();
                }
              }));
        }
        start.countDown();
        var outcomes = new ArrayList<TrainingService.CheckIn.Outcome>();
        for (var f : both) {
          outcomes.add(f.get(30, TimeUnit.SECONDS).outcome());
        }
        assertThat(outcomes)
            .containsExactlyInAnyOrder(
                TrainingService.CheckIn.Outcome.CHECKED_IN,
                TrainingService.CheckIn.Outcome.ALREADY_CHECKED_IN);
      }
    } finally {
      desks.shutdownNow();
    }

    signIn.as(SignIn.STAFF);
    assertThat(training.seats(event.getId()).checkedIn()).isEqualTo(20);
    var list = training.checkInList(event.getId(), "Attendee1", PageRequest.of(0, 50));
    assertThat(list)
        .extracting(Enrollment::getLastName)
        .containsExactly(
            "Attendee1",
            "Attendee10",
            "Attendee11",
            "Attendee12",
            "Attendee13",
            "Attendee14",
            "Attendee15",
            "Attendee16",
            "Attendee17",
            "Attendee18",
            "Attendee19");
    assertThat(list).allMatch(Enrollment::isAttended);
  }
}
