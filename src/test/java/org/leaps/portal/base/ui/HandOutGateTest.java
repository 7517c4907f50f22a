package org.leaps.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * While a critical alert is handed to the open pages, a page request that arrives waits at the door
 * until the hand-out ends (decision 145), and never longer than the longest wait. Real Tomcat, real
 * requests; the test holds the door closed as a hand-out would.
 */
@PortalBrowserTest
class HandOutGateTest {

  @Autowired HandOutGate gate;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  /** The hand-out's own thread, not the common pool, which the portal's first request may need. */
  private final ExecutorService handOutThread = Executors.newSingleThreadExecutor();

  private final CountDownLatch handOutEnds = new CountDownLatch(1);
  private CompletableFuture<Void> handOut;

  @AfterEach
  void endHandOut() throws Exception {
    handOutEnds.countDown();
    if (handOut != null) {
      handOut.get(10, TimeUnit.SECONDS);
    }
    handOutThread.shutdown();
  }

  @Test
  void aRequestArrivingDuringTheHandOutIsAnsweredWhenItEnds() throws Exception {
    assertThat(signInPage().get(10, TimeUnit.SECONDS).statusCode())
        .as("with the door open")
        .isEqualTo(200);

    startHandOut();
    CompletableFuture<HttpResponse<String>> arriving = signInPage();

    await("the request waits while the hand-out runs")
        .during(Duration.ofMillis(400))
        .atMost(HandOutGate.LONGEST_WAIT)
        .until(() -> !arriving.isDone());
    handOutEnds.countDown();
    HttpResponse<String> answered = arriving.get(10, TimeUnit.SECONDS);
    assertThat(answered.statusCode()).isEqualTo(200);
  }

  @Test
  void aHandOutLongerThanTheLongestWaitNoLongerHoldsRequestsBack() throws Exception {
    startHandOut();
    HttpResponse<String> answered = signInPage().get(10, TimeUnit.SECONDS);

    assertThat(answered.statusCode()).isEqualTo(200);
    assertThat(gate.isClosed()).as("the hand-out still runs").isTrue();
  }

  private void startHandOut() {
    handOut =
        CompletableFuture.runAsync(
            () ->
                gate.closedWhile(() -> {
                  try {
                    return handOutEnds.await(30, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                  }
                }),
            handOutThread);
    await().atMost(Duration.ofSeconds(5)).until(gate::isClosed);
  }

  private CompletableFuture<HttpResponse<String>> signInPage() {
    return http.sendAsync(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
