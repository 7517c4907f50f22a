package org.leaps.portal.callout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.leaps.portal.base.ui.UiBroadcaster;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
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
    publish(event);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(CalloutChanged event) {
    publish(event);
  }

  /**
   * Pushes to every open page, then puts back who is signed in on this thread. Each page's listener
   * runs as the page's owner inside {@code UI.access}, often on this very thread; the security
   * wrapper restores what it read inside the page's session (its owner), so without this the thread
   * that published (a job, a test, the relay) would go on as the last page's owner.
   */
  private void publish(Object event) {
    SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
    SecurityContext before = strategy.getContext();
    try {
      broadcaster.publish(event);
    } finally {
      strategy.setContext(before);
    }
  }

  Registration register(UI ui, Consumer<Object> listener) {
    return broadcaster.register(ui, listener);
  }

  int listeners() {
    return broadcaster.listenerCount();
  }
}
