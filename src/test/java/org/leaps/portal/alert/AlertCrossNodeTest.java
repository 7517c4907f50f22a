package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.LeapsPortalApplication;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app nodes on one MariaDB: this test's context is node 1; a second full application context
 * (its own web server, poller and push fan-out) is node 2. An alert sent on node 1 reaches node 2's
 * delivery listener within a second, and an acknowledgement on node 2 reaches node 1.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.leaps.portal.alert.RestoreSecurityStrategy.class)
@PortalTest
class AlertCrossNodeTest {

  @Autowired AlertService node1Alerts;
  @Autowired AlertLiveHub node1Hub;
  @Autowired AlertTestData data;
  @Autowired SignIn signIn;

  private ConfigurableApplicationContext node2;

  /**
   * Each context installs Vaadin's security context holder strategy into Spring Security's static
   * holder, so starting node 2 in this JVM would hide node 1's signed-in person from node 1 (and
   * from every later test on the cached context). Real nodes are separate JVMs; here the test keeps
   * node 1's strategy and switches to node 2's only while acting on node 2.
   */
  private org.springframework.security.core.context.SecurityContextHolderStrategy node1Strategy;

  private org.springframework.security.core.context.SecurityContextHolderStrategy node2Strategy;

  @AfterEach
  void stopNode2() {
    data.closeCriticalAlerts();
    signIn.out();
    if (node2 != null) {
      node2.close();
    }
    if (node1Strategy != null) {
      org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(
          node1Strategy);
    }
  }

  @Test
  void alertSentOnNodeOneIsPushedByNodeTwo() throws Exception {
    node1Strategy =
        org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
    node2 =
        new SpringApplicationBuilder(LeapsPortalApplication.class)
            .profiles("test")
            .properties("spring.main.banner-mode=off")
            // An argument, not a default property, so it wins over application.properties.
            .run("--server.port=0");
    node2Strategy =
        org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
    org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(
        node1Strategy);
    AlertLiveHub node2Hub = node2.getBean(AlertLiveHub.class);
    assertThat(node2Hub).isNotSameAs(node1Hub);
    List<AlertSignal> node2Received = new CopyOnWriteArrayList<>();
    List<Long> node2ReceivedAt = new CopyOnWriteArrayList<>();
    node2Hub.addListener(signal -> {
      node2Received.add(signal);
      node2ReceivedAt.add(System.nanoTime());
    });
    List<AlertSignal> node1Received = new CopyOnWriteArrayList<>();
    node1Hub.addListener(node1Received::add);

    signIn.as(SignIn.DIRECTOR);
    String title = data.unique("Cross-node");
    var draft =
        data.draft(title, Severity.CRITICAL, Set.of(data.agencyId("GULFPORT-PD")), null, true);
    long sentAt = System.nanoTime();
    long alertId = node1Alerts.send(draft).alertId();

    AlertSignal.Sent onNode2 = await(node2Received, AlertSignal.Sent.class, alertId);
    long latencyMillis = (node2ReceivedAt.get(node2Received.indexOf(onNode2)) - sentAt) / 1_000_000;
    System.out.println("Cross-node delivery latency: " + latencyMillis + " ms");
    assertThat(onNode2.title()).isEqualTo(title);
    assertThat(onNode2.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(onNode2.isFor(SignIn.COUNSELOR, null)).isTrue();
    assertThat(onNode2.isFor(SignIn.LIAISON_HATTIESBURG, null)).isFalse();
    assertThat(latencyMillis)
        .as("picked up by node 2's poller within the poll interval")
        .isLessThan(2_000);

    // Hannah acknowledges on node 2; node 1 (the director's tracking) hears about it.
    var node2Alerts = node2.getBean(AlertService.class);
    signIn.out();
    org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(
        node2Strategy);
    node2.getBean(SignIn.class).as(SignIn.COUNSELOR);
    assertThat(node2Alerts.acknowledge(alertId)).isTrue();
    node2.getBean(SignIn.class).out();
    org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(
        node1Strategy);
    AlertSignal.Acknowledged ack = await(node1Received, AlertSignal.Acknowledged.class, alertId);
    assertThat(ack.email()).isEqualTo(SignIn.COUNSELOR);

    signIn.as(SignIn.DIRECTOR);
    var tracking = node1Alerts.tracking(alertId).orElseThrow();
    assertThat(tracking.acknowledged()).isEqualTo(1);
  }

  private static <T extends AlertSignal> T await(
      List<AlertSignal> received, Class<T> type, long alertId) throws InterruptedException {
    return org.awaitility.Awaitility.await("a " + type.getSimpleName() + " for alert " + alertId)
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () ->
                List.copyOf(received).stream()
                    .filter(signal -> type.isInstance(signal) && signal.alertId() == alertId)
                    .map(type::cast)
                    .findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }
}
