package org.leaps.portal.alert.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when a view has changed the person's read state, so the bell recounts. */
class UnreadChangedEvent extends ComponentEvent<UI> {

  UnreadChangedEvent(UI source) {
    super(source, false);
  }

  static void fire() {
    UI ui = UI.getCurrent();
    if (ui != null) {
      com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new UnreadChangedEvent(ui));
    }
  }
}
