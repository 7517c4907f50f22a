package org.leaps.portal.base.relay;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the cluster event relay, all optional: {@code LEAPS_RELAY_POLL_MILLIS}, {@code
 * LEAPS_RELAY_RETENTION}, {@code LEAPS_RELAY_PURGE_MILLIS} and {@code LEAPS_RELAY_NODE_ID}.
 *
 * @param pollMillis how often each node reads other nodes' events (default 200 ms; events reach
 *     every node within this plus the handling time)
 * @param retention how long rows of {@code cluster_event} are kept (default 1 day, at least 1
 *     minute): a node cut off from the database for less than this catches up by replaying them, a
 *     node cut off longer rebuilds ({@link ClusterEventsMissed})
 * @param purgeMillis how often each node purges rows older than the retention (default 10 minutes)
 * @param nodeId this node's name in {@code cluster_event.origin_node}; blank means the host name
 *     plus a random suffix, new on every start
 */
@ConfigurationProperties("leaps.relay")
public record RelaySettings(Long pollMillis, Duration retention, Long purgeMillis, String nodeId) {

  /** Rows committed this long after their id was taken are still found (late commits). */
  static final Duration LATE_COMMIT_WINDOW = Duration.ofSeconds(10);

  static final Duration MIN_RETENTION = Duration.ofMinutes(1);

  public RelaySettings {
    pollMillis = pollMillis == null ? 200 : pollMillis;
    if (pollMillis < 10 || pollMillis > 1000) {
      throw new IllegalArgumentException(
          "leaps.relay.poll-millis (LEAPS_RELAY_POLL_MILLIS) must be between 10 and 1000: "
              + pollMillis);
    }
    retention = retention == null ? Duration.ofDays(1) : retention;
    if (retention.compareTo(MIN_RETENTION) < 0) {
      throw new IllegalArgumentException(
          "leaps.relay.retention (LEAPS_RELAY_RETENTION) must be at least 1m: " + retention);
    }
    purgeMillis = purgeMillis == null ? 600_000 : purgeMillis;
    if (purgeMillis < 1000) {
      throw new IllegalArgumentException(
          "leaps.relay.purge-millis (LEAPS_RELAY_PURGE_MILLIS) must be at least 1000: "
              + purgeMillis);
    }
    nodeId = nodeId == null || nodeId.isBlank() ? generatedNodeId() : nodeId.strip();
    if (nodeId.length() > 64) {
      throw new IllegalArgumentException(
          "leaps.relay.node-id (LEAPS_RELAY_NODE_ID) must have at most 64 characters: " + nodeId);
    }
  }

  private static String generatedNodeId() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException | RuntimeException e) {
      host = "node";
    }
    if (host.length() > 48) {
      host = host.substring(0, 48);
    }
    return host + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
  }
}
