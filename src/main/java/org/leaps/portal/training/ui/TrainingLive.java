package org.leaps.portal.training.ui;

import org.leaps.portal.base.ui.UiBroadcaster;
import org.leaps.portal.training.EnrollmentChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes enrollment changes to open training screens of this node (after commit here, on arrival
 * from the relay on other nodes), so two staff at a check-in desk see each other's check-ins.
 */
@Component
public class TrainingLive extends UiBroadcaster<EnrollmentChanged> {

  /**
   * Refreshes a view of one event when it changes, as long as the person in that UI is still signed
   * in (a UI whose session signed out has nothing to show).
   */
  public com.vaadin.flow.shared.Registration onChangesOf(
      com.vaadin.flow.component.UI ui, java.util.function.LongSupplier eventId, Runnable refresh) {
    return register(
        ui,
        changed -> {
          var auth =
              org.springframework.security.core.context.SecurityContextHolder.getContext()
                  .getAuthentication();
          if (auth != null && auth.isAuthenticated() && changed.eventId() == eventId.getAsLong()) {
            refresh.run();
          }
        });
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(EnrollmentChanged event) {
    publish(event);
  }
}
