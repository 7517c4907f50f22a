package org.leaps.portal.alert;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.leaps.portal.base.ui.UiBroadcaster;
import org.springframework.stereotype.Component;

/**
 * This node's fan-out of alert signals to open sessions (through {@link UiBroadcaster}, so each
 * listener runs in {@code UI.access}) and to plain listeners. Also collects which people a live
 * session has shown an alert to, so the poller can record them as reached in one statement.
 */
@Component
public class AlertLiveHub {

  private final UiBroadcaster<AlertSignal> broadcaster = new UiBroadcaster<>();
  private final List<Consumer<AlertSignal>> plainListeners = new CopyOnWriteArrayList<>();
  private final Map<Long, Set<String>> reached = new ConcurrentHashMap<>();

  /** Registers an open UI; remove the registration on detach. */
  public Registration register(UI ui, Consumer<AlertSignal> listener) {
    return broadcaster.register(ui, listener);
  }

  /** A listener outside any UI (monitoring, tests); runs on the poller thread. */
  public Registration addListener(Consumer<AlertSignal> listener) {
    plainListeners.add(listener);
    return () -> plainListeners.remove(listener);
  }

  public int sessionCount() {
    return broadcaster.listenerCount();
  }

  /** Records that a live session showed this alert to this person. */
  public void reached(long alertId, String email) {
    reached.computeIfAbsent(alertId, id -> ConcurrentHashMap.newKeySet()).add(email);
  }

  void publish(AlertSignal signal) {
    broadcaster.publish(signal);
    plainListeners.forEach(listener -> listener.accept(signal));
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
}
