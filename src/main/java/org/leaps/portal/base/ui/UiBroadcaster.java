package org.leaps.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Delivers server-side events to every open UI that listens, through Vaadin server push. Each
 * listener runs inside {@link UI#access}, so it may change components directly. Listeners are
 * removed with the returned registration, typically on detach.
 *
 * @param <T> the event type
 */
public class UiBroadcaster<T> {

  private final List<Listener<T>> listeners = new CopyOnWriteArrayList<>();

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
        listener.ui().access(() -> listener.onEvent().accept(event));
      }
    } finally {
      strategy.setContext(before);
    }
  }

  public int listenerCount() {
    return listeners.size();
  }

  private record Listener<T>(UI ui, Consumer<T> onEvent) {}
}
