package org.leaps.portal.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A counselor's status change while the availability index reloads on a busy pool (decision 144).
 * In a load run at 1,500 users the five-minute reload took the index's lock and then waited for a
 * connection, while 20 status changes, each still holding its connection, waited for that lock in
 * their refresh after commit: nothing moved until the pool's ten-second timeout. Here the test
 * takes every other pooled connection, so the reload waits for one exactly as then; the change must
 * still finish, and the reload must keep what the change set.
 */
@PortalTest
class StatusChangeDuringReloadTest {

  @Autowired AvailabilityService service;
  @Autowired AvailabilityIndex index;
  @Autowired SignIn signIn;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void reset() {
    DemoCounselor.withStatus(service, signIn, AvailabilityStatus.UNAVAILABLE);
    signIn.out();
  }

  @Test
  void aStatusChangeFinishesWhileTheReloadWaitsForAConnection() throws Exception {
    PortalUser hannah = DemoCounselor.withStatus(service, signIn, AvailabilityStatus.UNAVAILABLE);
    signIn.out();
    assertThat(index.planOf(hannah.counselorId()).status())
        .isEqualTo(AvailabilityStatus.UNAVAILABLE);
    HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Connection> taken = new ArrayList<>();
    CountDownLatch changed = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    AtomicReference<Thread> reloader = new AtomicReference<>();
    Future<?> reload = null;
    try {
      // The change holds its transaction's connection until the test lets it commit.
      Future<AvailabilityStatus> change =
          threads.submit(() -> {
            signIn.as(SignIn.COUNSELOR);
            try {
              return new TransactionTemplate(transactions)
                  .execute(tx -> {
                    var answer = service.setMyStatus(AvailabilityStatus.AVAILABLE, null);
                    changed.countDown();
                    awaitQuietly(commit);
                    return answer.now().status();
                  });
            } finally {
              signIn.out();
            }
          });
      assertThat(changed.await(20, TimeUnit.SECONDS)).as("the change ran").isTrue();
      while (taken.size() < pool.getMaximumPoolSize() - 1) {
        taken.add(pool.getConnection());
      }
      reload =
          threads.submit(() -> {
            reloader.set(Thread.currentThread());
            index.refreshFromRoster();
          });
      await("the reload to wait for a pooled connection")
          .atMost(Duration.ofSeconds(5))
          .until(() -> reloader.get() != null && waitsForAConnection(reloader.get()));

      commit.countDown();

      assertThat(change.get(5, TimeUnit.SECONDS))
          .as("the change finishes while the reload waits (it waited ten seconds before)")
          .isEqualTo(AvailabilityStatus.AVAILABLE);
      assertThat(reload.isDone()).as("the reload still waits for a connection").isFalse();
      assertThat(index.planOf(hannah.counselorId()).status())
          .isEqualTo(AvailabilityStatus.AVAILABLE);
    } finally {
      commit.countDown();
      for (Connection connection : taken) {
        connection.close();
      }
      threads.shutdown();
    }
    reload.get(20, TimeUnit.SECONDS);
    assertThat(index.planOf(hannah.counselorId()).status())
        .as("after the reload")
        .isEqualTo(AvailabilityStatus.AVAILABLE);
  }

  private static boolean waitsForAConnection(Thread thread) {
    return thread.getState() == Thread.State.TIMED_WAITING
        && Arrays.stream(thread.getStackTrace())
            .anyMatch(frame -> frame.getClassName().equals("com.zaxxer.hikari.pool.HikariPool"));
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
