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
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * A page that could not be opened because of the database: a plain message and a way to try again,
 * never the exception. Vaadin picks an error view by the failure's own class and its superclasses
 * (the SQL error deep in the cause chain is only found by its exact class), so this view takes
 * Spring's {@link DataAccessException} (a query failed) and {@link TransactionTrouble} takes its
 * {@link TransactionException} (no connection for the transaction), and {@link ViewCreationTrouble}
 * a view whose constructor failed on the database. It has no app shell on purpose: the shell itself
 * reads from the database.
 */
@PageTitle("Database unavailable")
@PermitAll
public class DatabaseTroubleView extends Main implements HasErrorParameter<DataAccessException> {

  final Paragraph message = new Paragraph();

  public DatabaseTroubleView() {
    addClassName("view");
    setId("database-trouble");
    message.setId("database-trouble-message");
    var retry = new Button("Try again", e -> getUI().ifPresent(ui -> ui.getPage().reload()));
    retry.addThemeVariants(ButtonVariant.PRIMARY);
    retry.setId("database-trouble-retry");
    add(new H2("This page could not be opened"), message, retry, new Anchor(".", "Overview"));
  }

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<DataAccessException> parameter) {
    return show(parameter.getCaughtException());
  }

  int show(Exception caught) {
    String text = UserMessages.describe(caught);
    if (UserMessages.kind(caught) == UserMessages.Kind.DATABASE_UNAVAILABLE) {
      text =
          "The database cannot be reached right now. Nothing you saved earlier is lost: try again"
              + " in a minute.";
    }
    message.setText(text);
    return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
  }

  /**
   * The same page when a view could not even be built because its constructor read from the
   * database (Spring wraps that failure, hiding the database error from Vaadin's lookup by type).
   */
  @PageTitle("Page could not be opened")
  @PermitAll
  public static class ViewCreationTrouble extends Main
      implements HasErrorParameter<org.springframework.beans.factory.BeanCreationException> {

    final DatabaseTroubleView page = new DatabaseTroubleView();

    public ViewCreationTrouble() {
      add(page);
    }

    @Override
    public int setErrorParameter(
        BeforeEnterEvent event,
        ErrorParameter<org.springframework.beans.factory.BeanCreationException> parameter) {
      int status = page.show(parameter.getCaughtException());
      return UserMessages.kind(parameter.getCaughtException())
              == UserMessages.Kind.DATABASE_UNAVAILABLE
          ? status
          : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
  }

  /** The same page when a transaction could not start, typically for want of a connection. */
  @PageTitle("Database unavailable")
  @PermitAll
  public static class TransactionTrouble extends Main
      implements HasErrorParameter<TransactionException> {

    final DatabaseTroubleView page = new DatabaseTroubleView();

    public TransactionTrouble() {
      add(page);
    }

    @Override
    public int setErrorParameter(
        BeforeEnterEvent event, ErrorParameter<TransactionException> parameter) {
      return page.show(parameter.getCaughtException());
    }
  }
}
