package org.leaps.portal.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A counselor's status change is one conditional statement (decision 127): it keeps the rest of the
 * plan, the index and the database agree afterwards, and a deployment written at the same moment by
 * staff is never overwritten by it.
 */
@PortalTest
class StatusChangeInOneStatementTest {

  @Autowired AvailabilityService service;
  @Autowired AvailabilityIndex index;
  @Autowired SignIn signIn;

  /** A window nobody else sets, so that only this test's window is removed afterwards. */
  private static final LocalTime ODD_START = LocalTime.of(3, 17);

  @AfterEach
  void reset() {
    DemoCounselor.notDeployed(service, signIn);
    service.followMySchedule();
    service.mine().plan().windows().stream()
        .filter(w -> w.getDay() == DayOfWeek.SUNDAY && w.getStart().equals(ODD_START))
        .forEach(service::removeWindow);
    signIn.out();
  }

  @Test
  void theStatusChangesAndTheScheduleStays() {
    PortalUser hannah = DemoCounselor.withStatus(service, signIn, AvailabilityStatus.UNAVAILABLE);
    service.addWindows(Set.of(DayOfWeek.SUNDAY), ODD_START, LocalTime.of(4, 43));
    var before = service.mine().plan();

    Instant inTwoHours = Instant.now().plus(2, ChronoUnit.HOURS);
    var answer = service.setMyStatus(AvailabilityStatus.ON_CALL, inTwoHours);

    assertThat(answer.now().status()).isEqualTo(AvailabilityStatus.ON_CALL);
    assertThat(answer.plan().statusUntil()).isEqualTo(inTwoHours.truncatedTo(ChronoUnit.SECONDS));
    assertThat(answer.plan().windows()).containsExactlyInAnyOrderElementsOf(before.windows());
    var stored = service.mine().plan();
    assertThat(stored.status()).isEqualTo(AvailabilityStatus.ON_CALL);
    assertThat(stored.statusUntil()).isEqualTo(answer.plan().statusUntil());
    assertThat(stored.windows())
        .containsExactlyInAnyOrderElementsOf(before.windows())
        .anySatisfy(w -> assertThat(w.getStart()).isEqualTo(ODD_START));
    var held = index.planOf(hannah.counselorId());
    assertThat(held.status()).isEqualTo(AvailabilityStatus.ON_CALL);
    assertThat(held.statusUntil()).isEqualTo(stored.statusUntil());
    assertThat(held.windows()).containsExactlyInAnyOrderElementsOf(before.windows());
  }

  @Test
  void aDeploymentWrittenAtTheSameMomentIsNeverOverwritten() throws Exception {
    PortalUser hannah = DemoCounselor.withStatus(service, signIn, AvailabilityStatus.UNAVAILABLE);
    Long id = hannah.counselorId();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 15; round++) {
        DemoCounselor.withStatus(service, signIn, AvailabilityStatus.UNAVAILABLE);
        CountDownLatch go = new CountDownLatch(1);
        Future<?> staff =
            threads.submit(() -> {
              signIn.as(SignIn.STAFF);
              go.await();
              try {
                service.markDeployed(id, null);
              } catch (OptimisticLockingFailureException changedMeanwhile) {
                // The counselor's change committed between staff's read and write: staff are
                // told and mark again, as on the screen.
                service.markDeployed(id, null);
              }
              return null;
            });
        Future<?> counselor =
            threads.submit(() -> {
              signIn.as(SignIn.COUNSELOR);
              go.await();
              try {
                service.setMyStatus(AvailabilityStatus.AVAILABLE, null);
              } catch (AvailabilityInputException refusedWhileDeployed) {
                assertThat(refusedWhileDeployed).hasMessageStartingWith("Status: you are marked");
              }
              return null;
            });
        go.countDown();
        staff.get(30, TimeUnit.SECONDS);
        counselor.get(30, TimeUnit.SECONDS);

        signIn.as(SignIn.COUNSELOR);
        assertThat(service.mine().plan().status())
            .as("round %d: the deployment stands", round)
            .isEqualTo(AvailabilityStatus.DEPLOYED);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
