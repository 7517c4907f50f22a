package org.leaps.portal.callout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.testsupport.ForcedDeadlock;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A deadlock on acceptance is retried, not shown to the counselor as an error. On the real MariaDB
 * with real threads: another transaction holds the callout's offer rows (having changed them), the
 * counselor's accept takes the callout row and waits for her offer, then the other transaction asks
 * for the callout row. InnoDB breaks the cycle by rolling back the lighter transaction, the accept
 * (error 1213, as a Galera certification failure is); the accept runs again and she is on it.
 */
@PortalTest
class CalloutAcceptDeadlockRetryTest {

  @Autowired CalloutTestData data;
  @Autowired CalloutService callouts;
  @Autowired AvailabilityService availability;
  @Autowired SignIn signIn;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  private boolean acceptIsWaitingForALock(long otherThreadId) {
    return jdbc.queryForObject(
            "select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'"
                + " and trx_mysql_thread_id <> ?",
            Integer.class,
            otherThreadId)
        > 0;
  }

  @Test
  void aDeadlockOnAcceptanceIsRetriedAndTheCounselorIsOnIt() throws Exception {
    String zip = data.unusedZip();
    List<Counselor> two = data.availableAt("HATTIESBURG-PD", zip, 2);
    CalloutSummary callout = data.open("GULFPORT-PD", zip, 1);
    assertThat(callouts.dispatch(callout.id())).isEqualTo(2);
    Counselor hers = two.getFirst();
    long offerId = data.offerOf(callout.id(), hers);
    long deadlocksBefore = ForcedDeadlock.deadlocks(jdbc);

    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      long otherThreadId;
      try (PreparedStatement id = other.prepareStatement("select connection_id()");
          ResultSet rs = id.executeQuery()) {
        rs.next();
        otherThreadId = rs.getLong(1);
      }
      // The other transaction changes both offer rows: it is the heavier one.
      try (PreparedStatement hold =
          other.prepareStatement(
              "update callout_offer set version = version + 1 where callout_id = ?")) {
        hold.setLong(1, callout.id());
        assertThat(hold.executeUpdate()).isEqualTo(2);
      }

      Future<AnswerOutcome> accepted =
          pool.submit(() -> {
            data.as(hers);
            try {
              return callouts.accept(offerId);
            } finally {
              signIn.out();
            }
          });
      await()
          .atMost(Duration.ofSeconds(20))
          .pollInSameThread()
          .pollInterval(ForcedDeadlock.LOCK_WAIT_POLL)
          .until(() -> acceptIsWaitingForALock(otherThreadId));

      // Closes the cycle: the accept holds the callout row and waits for the offer row.
      CompletableFuture<Void> otherLocksCallout =
          CompletableFuture.runAsync(() -> {
            try (PreparedStatement lock =
                other.prepareStatement("select id from callout where id = ? for update")) {
              lock.setLong(1, callout.id());
              lock.executeQuery().close();
              other.commit();
            } catch (java.sql.SQLException e) {
              throw new IllegalStateException(e);
            }
          });
      otherLocksCallout.get(30, TimeUnit.SECONDS);
      assertThat(accepted.get(30, TimeUnit.SECONDS)).isEqualTo(AnswerOutcome.ACCEPTED);
    } finally {
      pool.shutdown();
    }

    assertThat(ForcedDeadlock.deadlocks(jdbc))
        .as("InnoDB saw the deadlock")
        .isGreaterThan(deadlocksBefore);
    signIn.as(SignIn.DIRECTOR);
    CalloutSummary after = callouts.find(callout.id()).orElseThrow();
    assertThat(after.accepted()).isEqualTo(1);
    assertThat(after.state()).isEqualTo(CalloutState.FILLED);
    assertThat(callouts.offersOf(callout.id()))
        .filteredOn(o -> o.response() == OfferResponse.ACCEPTED)
        .singleElement()
        .satisfies(o -> assertThat(o.counselorId()).isEqualTo(hers.getId()));
    assertThat(availability.isDeployed(hers.getId())).isTrue();
    callouts.close(callout.id());
  }
}
