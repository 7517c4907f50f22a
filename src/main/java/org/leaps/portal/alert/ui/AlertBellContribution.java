package org.leaps.portal.alert.ui;

import com.vaadin.flow.component.Component;
import org.leaps.portal.base.ui.ShellContribution;
import org.springframework.beans.factory.ObjectProvider;

/** Puts the alert bell into the app shell's navigation bar: a new bell for every page. */
@org.springframework.stereotype.Component
class AlertBellContribution implements ShellContribution {

  private final ObjectProvider<AlertBell> bells;

  AlertBellContribution(ObjectProvider<AlertBell> bells) {
    this.bells = bells;
  }

  @Override
  public Component createNavbarComponent() {
    return bells.getObject();
  }
}
