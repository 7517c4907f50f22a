package org.leaps.portal.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Lets a feature put a component into the app shell's navigation bar (for example the alert bell)
 * without the shell depending on that feature. Implementations are Spring beans.
 */
public interface ShellContribution {

  /** A new component for one UI; called once per layout instance. */
  Component createNavbarComponent();
}
