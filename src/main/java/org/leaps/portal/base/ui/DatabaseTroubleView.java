package org.leaps.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;

/**
 * A page that could not be opened because of the database (Vaadin finds this view by the
 * exception's cause chain): a plain message and a way to try again, never the exception. It has no
 * app shell on purpose: the shell itself reads from the database.
 */
@PermitAll
public class DatabaseTroubleView extends Main implements HasErrorParameter<SQLException> {

  final Paragraph message = new Paragraph();

  public DatabaseTroubleView() {
    addClassName("view");
    message.setId("database-trouble-message");
    var retry = new Button("Try again", e -> getUI().ifPresent(ui -> ui.getPage().reload()));
    retry.addThemeVariants(ButtonVariant.PRIMARY);
    add(new H2("This page could not be opened"), message, retry, new Anchor("", "Overview"));
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SQLException> parameter) {
    Exception caught = parameter.getCaughtException();
    String text = UserMessages.describe(caught);
    if (UserMessages.kind(caught) == UserMessages.Kind.DATABASE_UNAVAILABLE) {
      text =
          "The database cannot be reached right now. Nothing you saved earlier is lost: try again"
              + " in a minute.";
    }
    message.setText(text);
    return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
  }
}
