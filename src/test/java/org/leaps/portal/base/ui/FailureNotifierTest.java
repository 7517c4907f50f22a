package org.leaps.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A click that fails on the server (the database is gone, someone saved the same email first, a
 * bug) reaches every session's error handler: the person reads what happened in their words, never
 * the exception, and the form they were typing into keeps its values.
 */
@PortalTest
class FailureNotifierTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;
  @Autowired RosterFixtures fixtures;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  private void onTheOverview() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    navigate(org.leaps.portal.home.ui.HomeView.class);
  }

  private String failWith(Throwable error) {
    VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(error));
    roundTrip();
    Notification shown = $(Notification.class).id("failure-notification");
    assertThat(shown.isOpened()).isTrue();
    assertThat(shown.getElement().getThemeList())
        .contains(NotificationVariant.ERROR.getVariantName());
    return test(shown).getText();
  }

  @Test
  void aSaveThatCannotReachTheDatabaseSaysSoAndTheFormKeepsWhatWasTyped() {
    var counselor = fixtures.saved("GULFPORT-PD", RosterFixtures.unique("Notify"));
    signIn.as(SignIn.LIAISON_GULFPORT);
    navigate("roster/" + counselor.getId(), org.leaps.portal.counselor.ui.CounselorView.class);
    TextField phone = $(TextField.class).id("mobile-phone");
    test(phone).setValue("(228) 555-0404");

    String text =
        failWith(
            new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException(
                    "leaps - Connection is not available, request timed out after 10000ms"
                        + " (total=0, active=0, idle=0, waiting=0)")));

    assertThat(text).isEqualTo(UserMessages.DATABASE_UNAVAILABLE);
    assertThat(text).contains("nothing was saved", "try again").doesNotContain("JPA", "10000ms");
    assertThat(phone.getValue()).isEqualTo("(228) 555-0404");
  }

  @Test
  void aDuplicateEmailSavedByAnotherSessionIsNamedWithoutTheSql() {
    onTheOverview();
    String text =
        failWith(
            new DataIntegrityViolationException(
                "could not execute statement [insert into counselor (email) values (?)]",
                new SQLIntegrityConstraintViolationException(
                    "(conn=116) Duplicate entry 'a@b.example' for key 'uk_counselor_email'")));
    assertThat(text)
        .contains("a counselor with the same email", "duplicate email", "nothing was saved")
        .doesNotContain("conn=", "insert", "uk_counselor_email", "a@b.example");
  }

  @Test
  void anythingElseIsAPlainApologyWithoutTheExceptionsText() {
    onTheOverview();
    String text =
        failWith(
            new IllegalStateException(
                "<script>alert(1)</script> at org.leaps.portal.Secret.method(Secret.java:12)"));
    assertThat(text).isEqualTo(UserMessages.UNEXPECTED).doesNotContain("script", "Secret");
  }
}
