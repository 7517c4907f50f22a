package org.leaps.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

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

  public void publish(T event) {
    for (Listener<T> listener : listeners) {
      if (listener.ui().isClosing() || !listener.ui().isAttached()) {
        listeners.remove(listener);
        continue;
      }
      listener.ui().access(() -> listener.onEvent().accept(event));
    }
  }

  public int listenerCount() {
    return listeners.size();
  }

  private record Listener<T>(UI ui, Consumer<T> onEvent) {}
}
