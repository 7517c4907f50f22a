package org.leaps.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.PortalTest;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * A page that fails to open because of the database shows the portal's own page: what happened in
 * people's words and a way to try again, with HTTP 503, never the exception the router caught.
 */
@PortalTest
class DatabaseTroubleViewTest extends SpringBrowserlessTest {

  /** How a navigation fails while the database is unreachable: the SQL error deep in the chain. */
  private static CannotCreateTransactionException unreachable() {
    var sql =
        new SQLTransientConnectionException(
            "leaps - Connection is not available, request timed out after 10000ms");
    return new CannotCreateTransactionException(
        "Could not open JPA EntityManager for transaction",
        new JDBCConnectionException("Unable to acquire JDBC Connection", sql));
  }

  @Test
  void theRouterSendsFailuresCausedByTheDatabaseToThisPageNotToTheGenericError() {
    var registry = ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext());
    assertThat(registry.getErrorNavigationTarget(unreachable()).orElseThrow().getNavigationTarget())
        .isEqualTo(DatabaseTroubleView.TransactionTrouble.class);
    var queryFailed =
        new DataAccessResourceFailureException(
            "Unable to acquire JDBC Connection", new java.net.ConnectException("refused"));
    assertThat(registry.getErrorNavigationTarget(queryFailed).orElseThrow().getNavigationTarget())
        .isEqualTo(DatabaseTroubleView.class);
    var viewNotBuilt =
        new org.springframework.beans.factory.BeanCreationException(
            "Error creating bean with name 'RosterView'", unreachable());
    assertThat(registry.getErrorNavigationTarget(viewNotBuilt).orElseThrow().getNavigationTarget())
        .isEqualTo(DatabaseTroubleView.ViewCreationTrouble.class);
    var page = new DatabaseTroubleView.ViewCreationTrouble();
    assertThat(
            page.setErrorParameter(
                null,
                new ErrorParameter<>(
                    org.springframework.beans.factory.BeanCreationException.class, viewNotBuilt)))
        .isEqualTo(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    assertThat(page.page.message.getText()).startsWith("The database cannot be reached right now.");
  }

  @Test
  void aFailedTransactionShowsTheSamePage() {
    var page = new DatabaseTroubleView.TransactionTrouble();
    int status =
        page.setErrorParameter(
            null, new ErrorParameter<>(TransactionException.class, unreachable()));
    assertThat(status).isEqualTo(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    assertThat(page.page.message.getText()).startsWith("The database cannot be reached right now.");
  }

  @Test
  void theDatabaseBeingUnreachableReadsAsAPlainMessageWithTryAgain() {
    var view = new DatabaseTroubleView();
    int status =
        view.setErrorParameter(
            null,
            new ErrorParameter<>(
                DataAccessException.class,
                new DataAccessResourceFailureException("Unable to commit", unreachable())));

    assertThat(status).isEqualTo(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    assertThat(view.message.getText())
        .isEqualTo(
            "The database cannot be reached right now. Nothing you saved earlier is lost: try"
                + " again in a minute.");
    String everything = view.getElement().getTextRecursively();
    assertThat(everything)
        .contains("This page could not be opened", "Try again", "Overview")
        .doesNotContain("Exception", "JDBC", "10000ms", "JPA");
    assertThat(view.getChildren().filter(H2.class::isInstance)).hasSize(1);
    assertThat(view.getChildren().filter(Button.class::isInstance).map(b -> ((Button) b).getText()))
        .containsExactly("Try again");
  }

  @Test
  void anotherDatabaseErrorIsAPlainApologyWithoutItsText() {
    var view = new DatabaseTroubleView();
    var sql =
        new org.springframework.jdbc.BadSqlGrammarException(
            "select",
            "select * from counselor",
            new SQLException("Table 'leaps.counselor' doesn't exist", "42S02", 1146));
    view.setErrorParameter(null, new ErrorParameter<>(DataAccessException.class, sql));
    assertThat(view.message.getText()).isEqualTo(UserMessages.UNEXPECTED);
    assertThat(view.getElement().getTextRecursively()).doesNotContain("leaps.counselor", "42S02");
  }
}
