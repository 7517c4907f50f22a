package org.leaps.portal.alert.ui;

import com.vaadin.flow.component.Component;
import org.leaps.portal.alert.AlertLiveHub;
import org.leaps.portal.alert.AlertService;
import org.leaps.portal.alert.InterruptionPolicy;
import org.leaps.portal.base.ui.ShellContribution;
import org.leaps.portal.security.CurrentUser;

/** Puts the alert bell into the app shell's navigation bar. */
@org.springframework.stereotype.Component
class AlertBellContribution implements ShellContribution {

  private final AlertService alerts;
  private final AlertLiveHub hub;
  private final InterruptionPolicy interruption;
  private final CurrentUser currentUser;

  AlertBellContribution(
      AlertService alerts,
      AlertLiveHub hub,
      InterruptionPolicy interruption,
      CurrentUser currentUser) {
    this.alerts = alerts;
    this.hub = hub;
    this.interruption = interruption;
    this.currentUser = currentUser;
  }

  @Override
  public Component createNavbarComponent() {
    return new AlertBell(alerts, hub, interruption, currentUser);
  }
}
