package org.leaps.portal.alert;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node runs this: each tick (default 250 ms) it reads new rows of {@code alert_event} and
 * pushes them to this node's open sessions through {@link AlertLiveHub}. Alerts sent on this node
 * take the same path, so every node behaves alike. Ticks also store which people live sessions have
 * reached.
 */
@Component
class AlertEventPoller implements org.springframework.beans.factory.SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(AlertEventPoller.class);

  /** Late commits are looked for this long. */
  static final int WINDOW_SECONDS = 10;

  private final AlertEventLog events;
  private final AlertLiveHub hub;
  private final AlertDeliveryStore store;

  private long floor = -1;
  private long highestSeen;

  /** Ids handled recently, with when; pruned after twice the window. */
  private final Map<Long, Long> handled = new LinkedHashMap<>();

  AlertEventPoller(AlertEventLog events, AlertLiveHub hub, AlertDeliveryStore store) {
    this.events = events;
    this.hub = hub;
    this.store = store;
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
      case SENT -> store.sentSignal(event.alertId()).orElse(null);
      case ACKNOWLEDGED -> new AlertSignal.Acknowledged(event.alertId(), event.email());
      case CLOSED -> new AlertSignal.Closed(event.alertId());
      case REMINDED ->
          store
              .reminderSignal(event.alertId())
              .orElse(new AlertSignal.Reminded(event.alertId(), "", Set.of()));
    };
  }
}
