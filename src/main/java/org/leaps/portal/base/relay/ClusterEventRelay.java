package org.leaps.portal.base.relay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one cross-node event stream (decision 050). Every {@link ClusterEvent} published on this node
 * is written to {@code cluster_event} (type name, JSON, origin node) just before the publishing
 * transaction commits, so it exists exactly when the change does. Every node reads the rows other
 * nodes wrote every {@code leaps.relay.poll-millis} (200 ms) on Boot's task scheduler and publishes
 * each event again as the same type, outside any transaction, so that {@code
 * TransactionalEventListener(fallbackExecution = true)} listeners run once on every node.
 *
 * <p>Delivery is at least once: a row is marked handled on this node (by its id) only after it was
 * read, ids are remembered while a late commit could still show them, and a node that could not
 * read (database away, context stopped) goes on from the last id it read. A node cut off longer
 * than the retention publishes {@link ClusterEventsMissed} so that state built from events is
 * rebuilt.
 */
@Component
public class ClusterEventRelay implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ClusterEventRelay.class);

  /** Rows read per statement while catching up. */
  static final int BATCH = 500;

  static final int PURGE_BATCH_SIZE = 1000;
  static final int PURGE_MAX_BATCHES = 50;
  static final int MAX_PAYLOAD = 4000;

  /** Set while this node publishes an event it read, so that it is not written again. */
  private static final ThreadLocal<Boolean> REPLAYING = new ThreadLocal<>();

  private final ClusterEventLog events;
  private final ApplicationEventPublisher publisher;
  private final JsonMapper json;
  private final TaskScheduler scheduler;
  private final RelaySettings settings;

  private volatile boolean running;
  private ScheduledFuture<?> polling;
  private ScheduledFuture<?> purging;

  // Guarded by "this": only one poll at a time.
  private long floor = -1;
  private long highestSeen;
  private long lastReadNanos = System.nanoTime();
  private final Map<Long, Long> handledAt = new HashMap<>();

  ClusterEventRelay(
      ClusterEventLog events,
      ApplicationEventPublisher publisher,
      JsonMapper json,
      TaskScheduler scheduler,
      RelaySettings settings) {
    this.events = events;
    this.publisher = publisher;
    this.json = json;
    this.scheduler = scheduler;
    this.settings = settings;
  }

  /** This node's name in {@code cluster_event.origin_node}. */
  public String nodeId() {
    return settings.nodeId();
  }

  /** Whether the current thread is publishing an event another node wrote. */
  public static boolean isReplay() {
    return Boolean.TRUE.equals(REPLAYING.get());
  }

  // --- writing -----------------------------------------------------------------------------------

  /**
   * Writes the event in the publishing transaction, just before it commits (or at once when there
   * is none). A failure here fails the commit: a change is never kept without its event.
   */
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void record(ClusterEvent event) {
    if (isReplay()) {
      return;
    }
    String payload = json.writeValueAsString(event);
    if (payload.length() > MAX_PAYLOAD) {
      throw new IllegalArgumentException(
          event.getClass().getName()
              + " is "
              + payload.length()
              + " characters as JSON; cluster events carry ids and codes, at most "
              + MAX_PAYLOAD);
    }
    events.append(event.getClass().getName(), payload, settings.nodeId());
  }

  // --- reading -----------------------------------------------------------------------------------

  @Override
  public void start() {
    polling =
        scheduler.scheduleWithFixedDelay(
            this::pollQuietly, Duration.ofMillis(settings.pollMillis()));
    purging =
        scheduler.scheduleWithFixedDelay(
            this::purgeQuietly,
            java.time.Instant.now().plusMillis(settings.purgeMillis()),
            Duration.ofMillis(settings.purgeMillis()));
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    if (polling != null) {
      polling.cancel(false);
    }
    if (purging != null) {
      purging.cancel(false);
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void pollQuietly() {
    try {
      poll();
    } catch (RuntimeException e) {
      // The database may be away for a moment; the next poll goes on from the last id read.
      log.warn("Reading cluster events failed, trying again: {}", e.toString());
    }
  }

  /** Reads and replays what other nodes wrote since the last poll; returns how many replayed. */
  synchronized int poll() {
    long now = System.nanoTime();
    if (floor < 0) {
      floor = events.newestIdBefore(RelaySettings.LATE_COMMIT_WINDOW);
      highestSeen = floor;
    }
    List<ClusterEventLog.Row> rows = new ArrayList<>();
    List<Long> late = new ArrayList<>();
    for (Long id : events.recentIdsUpTo(floor, highestSeen, RelaySettings.LATE_COMMIT_WINDOW)) {
      if (!handledAt.containsKey(id)) {
        late.add(id);
      }
    }
    rows.addAll(events.byIds(late));
    long readUpTo = highestSeen;
    List<ClusterEventLog.Row> batch;
    do {
      batch = events.after(readUpTo, BATCH);
      rows.addAll(batch);
      if (!batch.isEmpty()) {
        readUpTo = batch.get(batch.size() - 1).id();
      }
    } while (batch.size() == BATCH);
    rows.sort(Comparator.comparingLong(ClusterEventLog.Row::id));

    Duration unread = Duration.ofNanos(now - lastReadNanos);
    lastReadNanos = now;
    if (unread.compareTo(settings.retention().minus(RelaySettings.LATE_COMMIT_WINDOW)) > 0) {
      log.warn("Cluster events were not read for {}; state built from them is rebuilt", unread);
      publisher.publishEvent(new ClusterEventsMissed(unread));
    }

    int replayed = 0;
    long handledMillis = System.currentTimeMillis();
    for (ClusterEventLog.Row row : rows) {
      if (handledAt.putIfAbsent(row.id(), handledMillis) != null) {
        continue;
      }
      highestSeen = Math.max(highestSeen, row.id());
      if (!row.originNode().equals(settings.nodeId())) {
        replay(row);
        replayed++;
      }
    }
    long keepMillis = RelaySettings.LATE_COMMIT_WINDOW.toMillis() * 2;
    handledAt.values().removeIf(at -> handledMillis - at > keepMillis);
    return replayed;
  }

  private void replay(ClusterEventLog.Row row) {
    Object event;
    try {
      Class<?> type = Class.forName(row.type(), false, getClass().getClassLoader());
      if (!ClusterEvent.class.isAssignableFrom(type)) {
        log.warn("Cluster event {} names {}, which is not a ClusterEvent", row.id(), row.type());
        return;
      }
      event = json.readValue(row.payload(), type);
    } catch (ClassNotFoundException | RuntimeException e) {
      // A node of a newer version wrote a type this one does not know: skip it.
      log.warn("Cluster event {} of type {} not readable: {}", row.id(), row.type(), e.toString());
      return;
    }
    REPLAYING.set(Boolean.TRUE);
    try {
      publisher.publishEvent(event);
    } catch (RuntimeException e) {
      log.warn(
          "A listener failed on cluster event {} ({}): {}", row.id(), row.type(), e.toString());
    } finally {
      REPLAYING.remove();
    }
  }

  // --- purging -----------------------------------------------------------------------------------

  private void purgeQuietly() {
    try {
      int deleted = purge();
      if (deleted > 0) {
        log.info("Purged {} cluster events older than {}", deleted, settings.retention());
      }
    } catch (RuntimeException e) {
      // Another node's purge may hold the rows briefly; the next run tries again.
      log.warn("Cluster event purge failed: {}", e.toString());
    }
  }

  /** Deletes rows older than the retention in bounded batches; returns how many. */
  int purge() {
    return events.purgeOlderThan(settings.retention(), PURGE_BATCH_SIZE, PURGE_MAX_BATCHES);
  }
}
