package org.leaps.portal.alert;

import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.leaps.portal.alert.ui.AlertBell;
import org.leaps.portal.home.ui.HomeView;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless tests in which a page takes live alert pushes: the director sends to Gulfport while
 * the test's own person keeps the page open, and the test runs the queued {@code UI.access} tasks
 * (it holds the session lock, so the fan-out only queues them).
 */
abstract class LivePushTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;
  @Autowired AlertService alerts;
  @Autowired AlertTestData data;
  @Autowired AlertLiveHub hub;

  @AfterEach
  void closeAlertsAndSignOut() {
    data.closeCriticalAlerts();
    signIn.out();
  }

  /** Signs in, opens the overview and returns its alert bell. */
  AlertBell openOverviewAs(String email) {
    signIn.as(email);
    navigate(HomeView.class);
    return $(AlertBell.class).single();
  }

  /** Sends to Gulfport as the director, then returns to the person signed in before. */
  long sendAsDirector(String title, String message, Severity severity, boolean ackRequired) {
    SecurityContext before = SecurityContextHolder.getContext();
    signIn.as(SignIn.DIRECTOR);
    var draft =
        new AlertDraft(
            title,
            message,
            severity,
            false,
            Set.of(),
            Set.of(data.agencyId("GULFPORT-PD")),
            null,
            ackRequired,
            Instant.now().plus(Duration.ofHours(2)));
    long id = alerts.send(draft).alertId();
    SecurityContextHolder.setContext(before);
    return id;
  }

  /** Runs the pushes queued for this page. */
  void takePushes() {
    var session = VaadinSession.getCurrent();
    session.getService().runPendingAccessTasks(session);
    roundTrip();
  }

  /** Takes pushes until the condition holds, for up to 5 s. */
  void awaitPush(BooleanSupplier condition) throws InterruptedException {
    // In this thread: it holds the Vaadin session that runs the pushes.
    await("push; sessions on this node " + hub.sessionCount())
        .pollInSameThread()
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> {
          takePushes();
          return condition.getAsBoolean();
        });
  }
}
