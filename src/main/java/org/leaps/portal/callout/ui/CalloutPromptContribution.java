package org.leaps.portal.callout.ui;

import com.vaadin.flow.component.Component;
import org.leaps.portal.base.ui.ShellContribution;
import org.springframework.beans.factory.ObjectProvider;

/** Puts the callout prompt into every page's shell (it shows nothing until a callout comes). */
@org.springframework.stereotype.Component
class CalloutPromptContribution implements ShellContribution {

  private final ObjectProvider<CalloutPrompt> prompts;

  CalloutPromptContribution(ObjectProvider<CalloutPrompt> prompts) {
    this.prompts = prompts;
  }

  @Override
  public Component createNavbarComponent() {
    return prompts.getObject();
  }
}
