package org.leaps.portal.alert;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * This node's fan-out of alert signals to open sessions (each listener runs in {@code UI.access},
 * so it may change components) and to plain listeners. Unlike the shared {@code UiBroadcaster},
 * which pushes to one UI after the other, this hub pushes to many sessions in parallel: a critical
 * alert to a thousand open sessions must arrive within a second (see docs/performance/alerts.md).
 * Each batch of signals goes to a UI in one task, in order, and a batch's fan-out finishes before
 * the next one starts, so a session never sees an acknowledgement before the alert. Also collects
 * which people a live session has reached, for {@link AlertLiveFeed} to store in one statement.
 */
@Component
public class AlertLiveHub {

  private static final Logger log = LoggerFactory.getLogger(AlertLiveHub.class);

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final List<UiListener> uiListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<AlertSignal>> plainListeners = new CopyOnWriteArrayList<>();
  private final Map<Long, Set<String>> reached = new ConcurrentHashMap<>();

  /**
   * Boot's task executor ({@code spring.task.execution.pool.*}): the work per session (changing
   * components, writing the push message) is CPU bound, and {@code UI.access} never blocks on a
   * busy session (it queues the task for the thread holding the session's lock). It runs 32 threads
   * so that on busy cores the hand-out gets its share of them (decision 142).
   */
  private final AsyncTaskExecutor fanOut;

  AlertLiveHub(@Qualifier("applicationTaskExecutor") AsyncTaskExecutor fanOut) {
    this.fanOut = fanOut;
  }

  /** Registers an open UI for every signal; remove the registration on detach. */
  public Registration register(UI ui, Consumer<AlertSignal> listener) {
    return register(ui, signal -> true, listener);
  }

  /**
   * Registers an open UI for the signals it {@code wants}. The test runs on the pushing thread,
   * before any task is queued for the session, so a UI that wants none of a batch costs no {@code
   * UI.access} at all; it must only read what does not change while the UI is open.
   */
  public Registration register(
      UI ui, Predicate<AlertSignal> wants, Consumer<AlertSignal> listener) {
    var entry = new UiListener(ui, wants, listener);
    uiListeners.add(entry);
    return () -> uiListeners.remove(entry);
  }

  /**
   * A listener outside any UI (monitoring, tests); runs on the thread that pushes to the sessions.
   */
  public Registration addListener(Consumer<AlertSignal> listener) {
    plainListeners.add(listener);
    return () -> plainListeners.remove(listener);
  }

  public int sessionCount() {
    return uiListeners.size();
  }

  /** Records that a live session showed this alert to this person. */
  public void reached(long alertId, String email) {
    reached.computeIfAbsent(alertId, id -> ConcurrentHashMap.newKeySet()).add(email);
  }

  int publish(AlertSignal signal) {
    return publish(List.of(signal)).pages();
  }

  /**
   * One batch's hand-out: how many open UIs took at least one of the signals, and the CPU time the
   * fan-out's threads used for it (which, beside the wall time, tells whether a slow hand-out had
   * more work or a smaller share of busy cores).
   */
  record HandOut(int pages, long cpuNanos) {}

  /** Delivers signals to every open UI in parallel and waits until each UI has taken them. */
  HandOut publish(List<AlertSignal> signals) {
    if (signals.isEmpty()) {
      return new HandOut(0, 0);
    }
    List<Future<?>> pending = new ArrayList<>();
    LongAdder cpuNanos = new LongAdder();
    for (UiListener entry : uiListeners) {
      // The cheap test first: during a statewide alert each acknowledgement is a batch of its
      // own that concerns one person's pages, and asking all the others whether their UI is still
      // attached (a walk of its state tree) cost more than the acknowledgements themselves.
      List<AlertSignal> wanted = entry.wanted(signals);
      if (wanted.isEmpty()) {
        continue;
      }
      UI ui = entry.ui();
      if (ui.isClosing() || !ui.isAttached()) {
        uiListeners.remove(entry);
        continue;
      }
      pending.add(
          fanOut.submit(() -> {
            long cpuBefore = THREADS.getCurrentThreadCpuTime();
            try {
              ui.access(() -> wanted.forEach(entry.listener()));
            } finally {
              cpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpuBefore);
            }
          }));
    }
    for (Future<?> future : pending) {
      try {
        future.get(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new HandOut(pending.size(), cpuNanos.sum());
      } catch (Exception e) {
        // A person whose page did not take the alert sees it on their next page (the bell and
        // the critical-alert check read the database); operators should still hear of it.
        log.warn("Alert push to one session failed: {}", e.toString(), e);
      }
    }
    for (AlertSignal signal : signals) {
      plainListeners.forEach(listener -> listener.accept(signal));
    }
    return new HandOut(pending.size(), cpuNanos.sum());
  }

  /** Takes the reached marks collected since the last call. */
  Map<Long, Set<String>> drainReached() {
    Map<Long, Set<String>> taken = new java.util.HashMap<>();
    for (Long alertId : List.copyOf(reached.keySet())) {
      Set<String> emails = reached.remove(alertId);
      if (emails != null && !emails.isEmpty()) {
        taken.put(alertId, emails);
      }
    }
    return taken;
  }

  private record UiListener(UI ui, Predicate<AlertSignal> wants, Consumer<AlertSignal> listener) {

    /** The signals this UI wants, in order; no allocation for a UI that wants none. */
    List<AlertSignal> wanted(List<AlertSignal> signals) {
      List<AlertSignal> wanted = null;
      for (int i = 0; i < signals.size(); i++) {
        AlertSignal signal = signals.get(i);
        if (wants.test(signal)) {
          if (wanted == null) {
            wanted = new ArrayList<>(signals.size() - i);
          }
          wanted.add(signal);
        }
      }
      return wanted == null ? List.of() : wanted;
    }
  }
}
