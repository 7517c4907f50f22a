package org.leaps.portal.base.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relay on one real node: events of other nodes (rows written as another node would) are
 * replayed here once each, also when their transaction commits after later ones, and after this
 * node's relay was stopped; this node's own events are written in the publishing transaction, and
 * not at all when it rolls back. The table is purged in bounded batches, by two nodes at once too.
 */
@PortalTest
class ClusterEventRelayTest {

  private static final String OTHER_NODE = "other-node";

  @Autowired ClusterEventRelay relay;
  @Autowired ClusterEventLog log;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transaction;
  @Autowired ConfigurableApplicationContext context;
  @Autowired ApplicationEventMulticaster multicaster;

  private final List<RelayProbe> received = new CopyOnWriteArrayList<>();
  private final List<Boolean> receivedAsReplay = new CopyOnWriteArrayList<>();
  private ApplicationListener<PayloadApplicationEvent<RelayProbe>> listener;
  private String marker;

  @BeforeEach
  void listen() {
    marker = UUID.randomUUID().toString();
    listener =
        ApplicationListener.forPayload(probe -> {
          if (probe.marker().startsWith(marker)) {
            received.add(probe);
            receivedAsReplay.add(ClusterEventRelay.isReplay());
          }
        });
    context.addApplicationListener(listener);
  }

  @AfterEach
  void stopListening() {
    multicaster.removeApplicationListener(listener);
    if (!relay.isRunning()) {
      relay.start();
    }
  }

  private void writeAsOtherNode(String suffix) {
    log.append(
        RelayProbe.class.getName(),
        json.writeValueAsString(RelayProbe.of(marker + suffix)),
        OTHER_NODE);
  }

  private List<String> markers() {
    return received.stream().map(p -> p.marker().substring(marker.length())).toList();
  }

  private int rowsOf(String suffix) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from cluster_event where payload like ?",
            Integer.class,
            "%" + marker + suffix + "%");
    return count == null ? 0 : count;
  }

  @Test
  void anotherNodesEventIsReplayedHereOnceAsTheSameType() {
    writeAsOtherNode("-1");

    await().atMost(Duration.ofSeconds(1)).until(() -> received.size() == 1);
    RelayProbe probe = received.get(0);
    assertThat(probe).isEqualTo(RelayProbe.of(marker + "-1"));
    assertThat(receivedAsReplay).containsExactly(true);

    // Polling again (at-least-once reads see the row again) hands it to nobody a second time.
    relay.poll();
    relay.poll();
    assertThat(markers()).containsExactly("-1");
  }

  @Test
  void thisNodesEventIsWrittenInItsTransactionAndHandledHereAfterCommitOnly() {
    transaction.executeWithoutResult(tx -> {
      publisher.publishEvent(RelayProbe.of(marker + "-committed"));
      // Plain listeners hear it at once; the relay writes it just before the commit.
      assertThat(rowsOf("-committed")).isZero();
    });
    assertThat(rowsOf("-committed")).isOne();
    assertThat(
            jdbc.queryForObject(
                "select origin_node from cluster_event where payload like ?",
                String.class,
                "%" + marker + "-committed%"))
        .isEqualTo(relay.nodeId());

    transaction.executeWithoutResult(tx -> {
      publisher.publishEvent(RelayProbe.of(marker + "-rolled-back"));
      tx.setRollbackOnly();
    });
    assertThat(rowsOf("-rolled-back")).isZero();

    // This node does not replay its own row: the plain listener heard each publication once.
    relay.poll();
    assertThat(markers()).containsExactly("-committed", "-rolled-back");
    assertThat(receivedAsReplay).containsExactly(false, false);
  }

  @Test
  void anEventWhoseTransactionCommitsAfterALaterOneIsStillReplayed() throws Exception {
    var inserted = new CountDownLatch(1);
    var commit = new CountDownLatch(1);
    ExecutorService slowNode = Executors.newSingleThreadExecutor();
    try {
      Future<?> slow =
          slowNode.submit(() ->
              transaction.executeWithoutResult(tx -> {
                writeAsOtherNode("-slow");
                inserted.countDown();
                try {
                  assertThat(commit.await(10, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }));
      assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
      writeAsOtherNode("-fast");
      await().atMost(Duration.ofSeconds(1)).until(() -> markers().contains("-fast"));
      assertThat(markers()).containsExactly("-fast");

      commit.countDown();
      slow.get(10, TimeUnit.SECONDS);
      await().atMost(Duration.ofSeconds(1)).until(() -> received.size() == 2);
      assertThat(markers()).containsExactly("-fast", "-slow");
    } finally {
      slowNode.shutdownNow();
    }
  }

  @Test
  void aStoppedNodeCatchesUpInOrderWhenItStartsAgain() {
    relay.stop();
    writeAsOtherNode("-1");
    writeAsOtherNode("-2");
    writeAsOtherNode("-3");
    await()
        .during(Duration.ofMillis(600))
        .atMost(Duration.ofSeconds(2))
        .until(() -> received.isEmpty());

    relay.start();

    await().atMost(Duration.ofSeconds(1)).until(() -> received.size() == 3);
    assertThat(markers()).containsExactly("-1", "-2", "-3");
  }

  @Test
  void aRowNamingAClassThatIsNotAClusterEventIsSkipped() {
    log.append("java.lang.ProcessBuilder", "{\"command\":[\"false\"]}", OTHER_NODE);
    log.append("org.leaps.portal.NoSuchEvent", "{}", OTHER_NODE);
    writeAsOtherNode("-after");

    await().atMost(Duration.ofSeconds(1)).until(() -> received.size() == 1);
    assertThat(markers()).containsExactly("-after");
  }

  @Test
  void anOversizedEventFailsItsTransactionNamingTheType() {
    String big = "x".repeat(ClusterEventRelay.MAX_PAYLOAD);
    assertThatThrownBy(() ->
            transaction.executeWithoutResult(
                tx -> publisher.publishEvent(RelayProbe.of(marker + big))))
        .hasMessageContaining(RelayProbe.class.getName())
        .hasMessageContaining("at most 4000");
    assertThat(rowsOf("")).isZero();
  }

  private void insertAged(String suffix, int rows, int daysAgo) {
    for (int i = 0; i < rows; i++) {
      jdbc.update(
          "insert into cluster_event (type, payload, origin_node, created_at)"
              + " values ('purge.Test', ?, ?, now(6) - interval ? day)",
          marker + suffix,
          OTHER_NODE,
          daysAgo);
    }
  }

  @Test
  void oldEventsArePurgedInBoundedBatchesAndRecentOnesKept() {
    insertAged("-mixed", 5, 2);
    insertAged("-mixed", 2, 0);
    assertThat(rowsOf("-mixed")).isEqualTo(7);

    // Two batches of two: four of the five old rows go, the rest waits for the next run.
    assertThat(log.purgeOlderThan(Duration.ofDays(1), 2, 2)).isEqualTo(4);
    assertThat(rowsOf("-mixed")).isEqualTo(3);

    // The scheduled purge (retention 1 day by default) finishes; the two recent rows stay.
    relay.purge();
    assertThat(rowsOf("-mixed")).isEqualTo(2);
  }

  @Test
  void twoNodesPurgingAtOnceDeleteEachRowOnce() throws Exception {
    insertAged("-old", 60, 3);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      var barrier = new CyclicBarrier(2);
      Future<Integer> one =
          nodes.submit(() -> {
            barrier.await(10, TimeUnit.SECONDS);
            return log.purgeOlderThan(Duration.ofDays(1), 5, 100);
          });
      Future<Integer> two =
          nodes.submit(() -> {
            barrier.await(10, TimeUnit.SECONDS);
            return log.purgeOlderThan(Duration.ofDays(1), 5, 100);
          });
      int deleted = one.get(30, TimeUnit.SECONDS) + two.get(30, TimeUnit.SECONDS);
      assertThat(deleted).isGreaterThanOrEqualTo(60);
      assertThat(rowsOf("-old")).isZero();
    } finally {
      nodes.shutdownNow();
    }
  }

  @Test
  void badSettingsAreRefusedNamingTheProperty() {
    var defaults = new RelaySettings(null, null, null, null);
    assertThat(defaults.pollMillis()).isEqualTo(200);
    assertThat(defaults.retention()).isEqualTo(Duration.ofDays(1));
    assertThat(defaults.nodeId()).isNotBlank().hasSizeLessThanOrEqualTo(64);
    assertThat(new RelaySettings(null, null, null, null).nodeId()).isNotEqualTo(defaults.nodeId());

    assertThatThrownBy(() -> new RelaySettings(null, Duration.ofSeconds(5), null, null))
        .hasMessageContaining("LEAPS_RELAY_RETENTION")
        .hasMessageContaining("at least 1m");
    assertThatThrownBy(() -> new RelaySettings(5_000L, null, null, null))
        .hasMessageContaining("LEAPS_RELAY_POLL_MILLIS");
    assertThatThrownBy(() -> new RelaySettings(null, null, 10L, null))
        .hasMessageContaining("LEAPS_RELAY_PURGE_MILLIS");
    assertThatThrownBy(() -> new RelaySettings(null, null, null, "n".repeat(65)))
        .hasMessageContaining("LEAPS_RELAY_NODE_ID");
  }
}
