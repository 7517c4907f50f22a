package org.leaps.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Delivers server-side events to every open UI that listens, through Vaadin server push. Each
 * listener runs inside {@link UI#access}, so it may change components directly. Listeners are
 * removed with the returned registration, typically on detach.
 *
 * <p>A broadcaster made with {@link #atMostEvery(Duration)} delivers to each UI at most once per
 * interval, and only the newest event: for "something changed, look again" events that arrive
 * faster than anyone can read a screen (decision 107). The first event after a quiet interval goes
 * out at once; the ones that follow within the interval are folded into one delivery at its end.
 *
 * @param <T> the event type
 */
public class UiBroadcaster<T> {

  /** One daemon thread for the folded deliveries of every broadcaster; they only queue accesses. */
  private static final ScheduledExecutorService LATER =
      Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "ui-broadcast-later");
        thread.setDaemon(true);
        return thread;
      });

  private final List<Listener<T>> listeners = new CopyOnWriteArrayList<>();
  private final long intervalNanos;

  /** Every event to every UI, as it happens. */
  public UiBroadcaster() {
    this.intervalNanos = 0;
  }

  private UiBroadcaster(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  /** At most one delivery per UI per {@code interval}, carrying the newest event. */
  public static <T> UiBroadcaster<T> atMostEvery(Duration interval) {
    return new UiBroadcaster<>(interval);
  }

  public Registration register(UI ui, Consumer<T> onEvent) {
    var listener = new Listener<>(ui, onEvent);
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /**
   * Pushes the event to every open UI, then puts back who is signed in on this thread. A listener
   * that runs as its page's owner ({@code RunAs.wrap}) often runs on this very thread inside {@code
   * UI.access}; there Vaadin's security strategy reads the page's session, so the wrapper
   * "restores" the page owner's context onto the thread. Without this, the thread that published (a
   * job, the relay, another person's request) would go on as the last page's owner.
   */
  public void publish(T event) {
    SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
    SecurityContext before = strategy.getContext();
    try {
      for (Listener<T> listener : listeners) {
        if (listener.ui().isClosing() || !listener.ui().isAttached()) {
          listeners.remove(listener);
          continue;
        }
        if (intervalNanos == 0) {
          listener.ui().access(() -> listener.onEvent().accept(event));
        } else if (listener.newest().getAndSet(event) == null) {
          // Nothing on its way to this UI yet: send now, or when its interval is over.
          long wait = listener.nextAllowedNanos - System.nanoTime();
          if (wait <= 0) {
            deliverNewest(listener);
          } else {
            LATER.schedule(() -> deliverLater(listener), wait, TimeUnit.NANOSECONDS);
          }
        }
      }
    } finally {
      strategy.setContext(before);
    }
  }

  private void deliverNewest(Listener<T> listener) {
    listener
        .ui()
        .access(() -> {
          T newest = listener.newest().getAndSet(null);
          if (newest != null) {
            listener.nextAllowedNanos = System.nanoTime() + intervalNanos;
            listener.onEvent().accept(newest);
          }
        });
  }

  private void deliverLater(Listener<T> listener) {
    SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
    try {
      deliverNewest(listener);
    } catch (UIDetachedException e) {
      listeners.remove(listener);
    } finally {
      strategy.clearContext();
    }
  }

  public int listenerCount() {
    return listeners.size();
  }

  private static final class Listener<T> {
    private final UI ui;
    private final Consumer<T> onEvent;
    private final AtomicReference<T> newest = new AtomicReference<>();
    private volatile long nextAllowedNanos = System.nanoTime();

    Listener(UI ui, Consumer<T> onEvent) {
      this.ui = ui;
      this.onEvent = onEvent;
    }

    UI ui() {
      return ui;
    }

    Consumer<T> onEvent() {
      return onEvent;
    }

    AtomicReference<T> newest() {
      return newest;
    }
  }
}
