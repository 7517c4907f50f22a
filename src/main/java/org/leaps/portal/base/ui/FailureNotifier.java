package org.leaps.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every session's error handler: a failure in a click or other event (a save while the database is
 * down, a duplicate email saved by someone else at the same moment) shows a notification in
 * people's words instead of nothing, and the screen, with everything typed into it, stays as it was
 * so the person can try again. The stack trace goes to the log ({@link UserMessages}).
 */
@Component
class FailureNotifier implements VaadinServiceInitListener {

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addSessionInitListener(init -> init.getSession().setErrorHandler(FailureNotifier::handle));
  }

  static void handle(ErrorEvent event) {
    String message = UserMessages.describe(event.getThrowable());
    UI ui = UI.getCurrent();
    if (ui == null) {
      ui = event.getComponent().flatMap(c -> c.getUI()).orElse(null);
    }
    if (ui == null) {
      return;
    }
    if (ui.getSession() != null && ui.getSession().hasLock()) {
      // In the failed request itself: the notification goes out with this response.
      show(message);
    } else {
      ui.access(() -> show(message));
    }
  }

  static Notification show(String message) {
    var notification = new Notification(message, 8000, Notification.Position.TOP_CENTER);
    notification.addThemeVariants(NotificationVariant.ERROR);
    notification.setId("failure-notification");
    notification.open();
    return notification;
  }
}
