package org.leaps.portal.callout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Four counselors accept a callout needing two at the same moment, on real threads against the real
 * MariaDB: exactly two are on it, the other two are told it is filled; closing it returns the two
 * to their own status.
 */
@PortalTest
class CalloutConcurrentAcceptTest {

  @Autowired CalloutTestData data;
  @Autowired CalloutService callouts;
  @Autowired AvailabilityService availability;
  @Autowired SignIn signIn;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void exactlyTheNeededNumberIsAcceptedWhenEveryoneAcceptsAtOnce() throws Exception {
    String zip = data.unusedZip();
    List<Counselor> four = data.availableAt("HATTIESBURG-PD", zip, 4);
    CalloutSummary callout = data.open("GULFPORT-PD", zip, 2);
    assertThat(callouts.dispatch(callout.id())).isEqualTo(4);
    List<Long> offerIds = new ArrayList<>();
    for (Counselor c : four) {
      offerIds.add(data.offerOf(callout.id(), c));
    }

    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Counselor counselor = four.get(i);
      long offerId = offerIds.get(i);
      answers.add(
          pool.submit(() -> {
            data.as(counselor);
            start.await();
            try {
              return callouts.accept(offerId).name();
            } catch (CalloutInputException e) {
              // Arrived after the stand-down: told the same thing, "filled, thank you".
              return e.getMessage().contains("already filled") ? "FILLED" : e.getMessage();
            }
          }));
    }
    start.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> answer : answers) {
      outcomes.add(answer.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(outcomes).containsExactlyInAnyOrder("ACCEPTED", "ACCEPTED", "FILLED", "FILLED");
    signIn.as(SignIn.DIRECTOR);
    CalloutSummary after = callouts.find(callout.id()).orElseThrow();
    assertThat(after.accepted()).isEqualTo(2);
    assertThat(after.state()).isEqualTo(CalloutState.FILLED);
    List<OfferResponse> responses =
        callouts.offersOf(callout.id()).stream().map(OfferView::response).toList();
    assertThat(responses.stream().filter(r -> r == OfferResponse.ACCEPTED)).hasSize(2);
    assertThat(responses.stream().filter(r -> r != OfferResponse.ACCEPTED))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r).isIn(OfferResponse.FILLED, OfferResponse.STOOD_DOWN));
    List<Long> onIt =
        callouts.offersOf(callout.id()).stream()
            .filter(o -> o.response() == OfferResponse.ACCEPTED)
            .map(OfferView::counselorId)
            .toList();
    assertThat(onIt).allSatisfy(id -> assertThat(availability.isDeployed(id)).isTrue());

    callouts.close(callout.id());
    assertThat(onIt).allSatisfy(id -> assertThat(availability.isDeployed(id)).isFalse());
    assertThat(callouts.find(callout.id()).orElseThrow().state()).isEqualTo(CalloutState.CLOSED);

    data.as(four.getFirst());
    assertThatThrownBy(() -> callouts.accept(offerIds.getFirst()))
        .isInstanceOf(CalloutInputException.class)
        .hasMessageContaining("closed");
  }
}
