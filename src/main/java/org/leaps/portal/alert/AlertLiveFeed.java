package org.leaps.portal.alert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.leaps.portal.base.ui.HandOutGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every node runs this: each {@link AlertActivity} (after commit on the node where it happened, on
 * arrival through the cluster event relay on the others) becomes an {@link AlertSignal} pushed to
 * this node's open sessions through {@link AlertLiveHub}. Activities are pushed in the order they
 * arrive, one batch after the other, on Boot's task executor, so neither the sender nor the relay
 * waits for the fan-out and a session never sees an acknowledgement before its alert.
 */
@Component
class AlertLiveFeed {

  private static final Logger log = LoggerFactory.getLogger(AlertLiveFeed.class);

  private final AlertLiveHub hub;
  private final AlertDeliveryStore store;
  private final AlertDeliveryRepository deliveries;
  private final TaskExecutor executor;
  private final HandOutGate gate;
  private final Queue<AlertActivity> pending = new ConcurrentLinkedQueue<>();

  /**
   * Signals of alerts this node is sending, by alert id, from the sender's transaction to its
   * commit: the fan-out starts from them instead of reading ten thousand deliveries back.
   */
  private final Map<Long, AlertSignal.Sent> sentHere = new ConcurrentHashMap<>();

  private final AtomicBoolean draining = new AtomicBoolean();

  /**
   * When each alert this node is about to push was committed (or arrived through the relay), for
   * the log line that tells operators how long its pages waited.
   */
  private final Map<Long, Long> sentAtNanos = new ConcurrentHashMap<>();

  AlertLiveFeed(
      AlertLiveHub hub,
      AlertDeliveryStore store,
      AlertDeliveryRepository deliveries,
      @Qualifier("applicationTaskExecutor") TaskExecutor executor,
      HandOutGate gate) {
    this.hub = hub;
    this.store = store;
    this.deliveries = deliveries;
    this.executor = executor;
    this.gate = gate;
  }

  /**
   * Called by the sender inside its transaction, with the alert and everyone its deliveries were
   * stored for. Forgotten again if the transaction does not commit.
   */
  void sending(AlertSignal.Sent signal) {
    long alertId = signal.alertId();
    sentHere.put(alertId, signal);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              if (status != STATUS_COMMITTED) {
                sentHere.remove(alertId);
              }
            }
          });
    }
  }

  /** How many alerts this node is sending and has not pushed yet. */
  int alertsBeingSent() {
    return sentHere.size();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(AlertActivity activity) {
    if (activity.kind() == AlertActivity.Kind.SENT) {
      sentAtNanos.put(activity.alertId(), System.nanoTime());
    }
    pending.add(activity);
    if (draining.compareAndSet(false, true)) {
      executor.execute(this::drain);
    }
  }

  /** Pushes what is pending, batch after batch, until nothing is left. */
  private void drain() {
    while (true) {
      List<AlertActivity> batch = new ArrayList<>();
      for (AlertActivity next; (next = pending.poll()) != null; ) {
        batch.add(next);
      }
      if (batch.isEmpty()) {
        draining.set(false);
        // Something may have arrived between the last poll and the reset: take it if nobody did.
        if (pending.isEmpty() || !draining.compareAndSet(false, true)) {
          return;
        }
        continue;
      }
      try {
        push(batch);
      } catch (RuntimeException e) {
        // The database may be briefly away; the inbox and the bell count catch up on next open.
        log.warn("Alert live push failed: {}", e.toString());
        batch.forEach(failed -> sentAtNanos.remove(failed.alertId()));
      }
    }
  }

  /** One batch: read what the signals need, then fan out (one batch at a time on this node). */
  private synchronized void push(List<AlertActivity> batch) {
    long start = System.nanoTime();
    List<AlertSignal> signals = new ArrayList<>();
    for (AlertActivity activity : batch) {
      AlertSignal signal = toSignal(activity);
      if (signal != null) {
        signals.add(signal);
      }
    }
    // A critical alert goes to every open page at once, and requests arriving meanwhile would take
    // the cores from it (decision 145); acknowledgements and the other alerts do not hold them.
    boolean critical =
        signals.stream()
            .anyMatch(
                s -> s instanceof AlertSignal.Sent sent && sent.severity() == Severity.CRITICAL);
    AlertLiveHub.HandOut handOut =
        critical ? gate.closedWhile(() -> hub.publish(signals)) : hub.publish(signals);
    long end = System.nanoTime();
    for (AlertSignal signal : signals) {
      if (signal instanceof AlertSignal.Sent sent) {
        Long committed = sentAtNanos.remove(sent.alertId());
        // Operators read from this line whether a slow alert waited for the node or for the pages,
        // and from the CPU time whether the hand-out had more work or fewer cores than usual.
        log.info(
            "Alert {} ({}) handed to {} open pages on this node in {} ms ({} ms of CPU), {} ms"
                + " after this node learned of it",
            sent.alertId(),
            sent.severity(),
            handOut.pages(),
            (end - start) / 1_000_000,
            handOut.cpuNanos() / 1_000_000,
            committed == null ? "?" : (end - committed) / 1_000_000);
      }
    }
  }

  /** Stores which people live sessions have reached, in one statement per alert. */
  @Scheduled(
      fixedDelayString = "${leaps.alerts.poll-millis:250}",
      initialDelayString = "${leaps.alerts.poll-millis:250}")
  void storeReached() {
    try {
      var reached = hub.drainReached();
      if (!reached.isEmpty()) {
        store.markReached(reached);
      }
    } catch (RuntimeException e) {
      log.warn("Storing reached alerts failed: {}", e.toString());
    }
  }

  private AlertSignal toSignal(AlertActivity activity) {
    long alertId = activity.alertId();
    return switch (activity.kind()) {
      case SENT -> {
        AlertSignal.Sent sent = sentHere.remove(alertId);
        if (sent == null) {
          sent = store.sentSignal(alertId).orElse(null);
        }
        if (sent == null) {
          sentAtNanos.remove(alertId);
          yield null;
        }
        yield sent.withSettled(settled(alertId));
      }
      case ACKNOWLEDGED -> new AlertSignal.Acknowledged(alertId, activity.email());
      case CLOSED -> new AlertSignal.Closed(alertId);
      case REMINDED ->
          store.reminderSignal(alertId).orElse(new AlertSignal.Reminded(alertId, "", Set.of()));
    };
  }

  /** Who read or acknowledged the alert before this node pushed it (usually nobody). */
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
