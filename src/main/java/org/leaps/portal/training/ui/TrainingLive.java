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

  @TransactionalEventListener(fallbackExecution = true)
  void on(EnrollmentChanged event) {
    publish(event);
  }
}
