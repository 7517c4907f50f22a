package org.leaps.portal.alert;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every node runs this: each tick (default 250 ms) it reads new rows of {@code alert_event} and
 * pushes them to this node's open sessions through {@link AlertLiveHub}. Alerts sent on this node
 * take the same path, so every node behaves alike, but the sending node does not wait for its next
 * tick: right after the alert commits it polls at once (on its own thread, so the sender does not
 * wait for the fan-out). Other nodes pick the alert up on their next tick. Ticks also store which
 * people live sessions have reached.
 */
@Component
class AlertEventPoller implements org.springframework.beans.factory.SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(AlertEventPoller.class);

  /** Late commits are looked for this long. */
  static final int WINDOW_SECONDS = 10;

  private final AlertEventLog events;
  private final AlertLiveHub hub;
  private final AlertDeliveryStore store;
  private final AlertDeliveryRepository deliveries;

  /** Runs the poll that follows a local send; one pending wake-up at a time. */
  private final ExecutorService immediate =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().daemon().name("alert-publish").factory());

  private final AtomicBoolean wakePending = new AtomicBoolean();

  private long floor = -1;
  private long highestSeen;

  /** Ids handled recently, with when; pruned after twice the window. */
  private final Map<Long, Long> handled = new LinkedHashMap<>();

  AlertEventPoller(
      AlertEventLog events,
      AlertLiveHub hub,
      AlertDeliveryStore store,
      AlertDeliveryRepository deliveries) {
    this.events = events;
    this.hub = hub;
    this.store = store;
    this.deliveries = deliveries;
  }

  /** An alert sent on this node has committed: publish it now instead of on the next tick. */
  @TransactionalEventListener
  void onSent(AlertService.AlertSentEvent event) {
    wake();
  }

  /** Polls as soon as possible on this node's publish thread. */
  void wake() {
    if (wakePending.compareAndSet(false, true)) {
      try {
        immediate.execute(() -> {
          wakePending.set(false);
          poll();
        });
      } catch (RejectedExecutionException e) {
        wakePending.set(false); // shutting down; the scheduled tick is gone too
      }
    }
  }

  @PreDestroy
  void stop() {
    immediate.shutdownNow();
  }

  /** Starts after the newest event present at startup; older alerts are in the inbox. */
  @Override
  public synchronized void afterSingletonsInstantiated() {
    try {
      floor = events.maxId();
      highestSeen = floor;
    } catch (RuntimeException e) {
      log.warn(
          "Alert events not readable at startup, retrying on the first poll: {}", e.toString());
    }
  }

  @Scheduled(
      fixedDelayString = "${leaps.alerts.poll-millis:250}",
      initialDelayString = "${leaps.alerts.poll-millis:250}")
  synchronized void poll() {
    try {
      pollOnce();
      var reached = hub.drainReached();
      if (!reached.isEmpty()) {
        store.markReached(reached);
      }
    } catch (RuntimeException e) {
      // The database may be briefly away; the next tick tries again.
      log.warn("Alert poll failed: {}", e.toString());
    }
  }

  void pollOnce() {
    if (floor < 0) {
      floor = events.maxId();
      highestSeen = floor;
      return;
    }
    long now = System.currentTimeMillis();
    List<AlertSignal> signals = new ArrayList<>();
    for (AlertEventLog.Event event : events.recent(floor, highestSeen, WINDOW_SECONDS)) {
      if (handled.containsKey(event.id())) {
        continue;
      }
      handled.put(event.id(), now);
      highestSeen = Math.max(highestSeen, event.id());
      AlertSignal signal = toSignal(event);
      if (signal != null) {
        signals.add(signal);
      }
    }
    hub.publish(signals);
    for (Iterator<Long> it = handled.values().iterator(); it.hasNext(); ) {
      if (now - it.next() > WINDOW_SECONDS * 2_000L) {
        it.remove();
      }
    }
  }

  private AlertSignal toSignal(AlertEventLog.Event event) {
    return switch (event.kind()) {
      case SENT ->
          store
              .sentSignal(event.alertId())
              .map(sent -> sent.withSettled(settled(event.alertId())))
              .orElse(null);
      case ACKNOWLEDGED -> new AlertSignal.Acknowledged(event.alertId(), event.email());
      case CLOSED -> new AlertSignal.Closed(event.alertId());
      case REMINDED ->
          store
              .reminderSignal(event.alertId())
              .orElse(new AlertSignal.Reminded(event.alertId(), "", Set.of()));
    };
  }

  /** Who read or acknowledged the alert before this node published it (usually nobody). */
  private AlertSignal.Settled settled(long alertId) {
    List<Object[]> rows = deliveries.readKeys(alertId);
    if (rows.isEmpty()) {
      return AlertSignal.Settled.NONE;
    }
    Set<String> read = new HashSet<>();
    Set<String> acknowledged = new HashSet<>();
    for (Object[] row : rows) {
      List<String> keys = new ArrayList<>(2);
      keys.add(AlertSignal.Settled.emailKey((String) row[0]));
      if (row[1] != null) {
        keys.add(AlertSignal.Settled.accountKey((Long) row[1]));
      }
      read.addAll(keys);
      if (row[2] != null) {
        acknowledged.addAll(keys);
      }
    }
    return new AlertSignal.Settled(Set.copyOf(read), Set.copyOf(acknowledged));
  }
}
