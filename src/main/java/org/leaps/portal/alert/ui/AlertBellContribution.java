package org.leaps.portal.alert.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.leaps.portal.base.ui.ShellContribution;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.PortalUser;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Puts the alert bell into the app shell's navigation bar: a new bell for every page. Officers get
 * no alerts, so their shell has no bell.
 */
@org.springframework.stereotype.Component
class AlertBellContribution implements ShellContribution {

  private final ObjectProvider<AlertBell> bells;
  private final CurrentUser currentUser;

  AlertBellContribution(ObjectProvider<AlertBell> bells, CurrentUser currentUser) {
    this.bells = bells;
    this.currentUser = currentUser;
  }

  @Override
  public Component createNavbarComponent() {
    if (!currentUser.get().map(PortalUser::inProgram).orElse(false)) {
      var none = new Span();
      none.setVisible(false);
      return none;
    }
    return bells.getObject();
  }
}
