package org.leaps.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The body of the portal's own error pages: a heading, what happened in plain words, and ways on
 * (the overview, and the page the person came from). Shown inside the shell, so the menu stays.
 */
abstract class ErrorPage extends Main {

  private final H1 heading = new H1();
  private final Paragraph explanation = new Paragraph();

  ErrorPage(String id, VaadinIcon symbol) {
    setId(id);
    addClassNames("view", "error-page");
    var icon = symbol.create();
    icon.addClassName("error-page-icon");
    icon.getElement().setAttribute("aria-hidden", "true");
    heading.setId(id + "-heading");
    explanation.setId(id + "-text");
    // "." is the portal root: Vaadin sets the base address of every page to it.
    var overview = new Anchor(".", "Go to the overview");
    overview.setId(id + "-home");
    overview.addClassName("error-page-primary");
    overview.getElement().setAttribute("router-link", true);
    var back =
        new Button(
            "Back to the previous page",
            VaadinIcon.ARROW_LEFT.create(),
            e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
    back.addThemeVariants(ButtonVariant.TERTIARY);
    back.setId(id + "-back");
    var actions = new Div(overview, back);
    actions.addClassName("error-page-actions");
    add(icon, heading, explanation, actions);
  }

  void show(String title, String text) {
    heading.setText(title);
    explanation.setText(text);
  }
}
