package org.leaps.portal.callout.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.security.access.AccessDeniedException;

/** One way to show a refused action: a clear message, nothing changed. */
final class CalloutErrors {

  private CalloutErrors() {}

  static void show(RuntimeException e) {
    String text =
        e instanceof AccessDeniedException ? "Not allowed: " + e.getMessage() : e.getMessage();
    var note = Notification.show(text, 6000, Notification.Position.MIDDLE);
    note.addThemeVariants(NotificationVariant.ERROR);
  }

  static void ok(String text) {
    var note = Notification.show(text, 5000, Notification.Position.BOTTOM_CENTER);
    note.addThemeVariants(NotificationVariant.SUCCESS);
  }
}
