package org.leaps.portal.callout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.leaps.portal.base.ui.UiBroadcaster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Node-local live updates: every node hears {@link CalloutOffered} and {@link CalloutChanged}
 * (after commit where they happened, on arrival elsewhere) and pushes them to the open pages.
 */
@Component
class CalloutLiveHub {

  private final UiBroadcaster<Object> broadcaster = new UiBroadcaster<>();

  @TransactionalEventListener(fallbackExecution = true)
  void on(CalloutOffered event) {
    broadcaster.publish(event);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(CalloutChanged event) {
    broadcaster.publish(event);
  }

  Registration register(UI ui, Consumer<Object> listener) {
    return broadcaster.register(ui, listener);
  }

  int listeners() {
    return broadcaster.listenerCount();
  }
}
