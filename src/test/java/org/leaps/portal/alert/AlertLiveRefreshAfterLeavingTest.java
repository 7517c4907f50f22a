package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.alert.ui.AlertFollowUpView;
import org.leaps.portal.alert.ui.AlertTrackingView;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An acknowledgement that reaches the tracking or follow-up page just before the person leaves it
 * is queued for the session and runs after the page was detached. It must not fail: before fix
 * 585ef17 the page asked its attach event for the UI there, which no longer had one, and the
 * person's next request showed an application error (found by load run 7).
 */
@PortalTest
class AlertLiveRefreshAfterLeavingTest extends SpringBrowserlessTest {

  @Autowired AlertService alerts;
  @Autowired AlertTestData data;
  @Autowired AlertLiveHub hub;
  @Autowired SignIn signIn;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void theDirectorLeavesTheTrackingPageWithAnAcknowledgementOnItsWay() throws Exception {
    signIn.as(SignIn.DIRECTOR);
    long alertId = sendToGulfport("Left tracking");
    navigate(AlertTrackingView.class, Map.of("alertId", Long.toString(alertId)));

    acknowledgementQueuedThenLeave(alertId);

    assertThat(failures).isEmpty();
  }

  @Test
  void theLiaisonLeavesTheFollowUpPageWithAnAcknowledgementOnItsWay() throws Exception {
    signIn.as(SignIn.DIRECTOR);
    long alertId = sendToGulfport("Left follow-up");
    signIn.as(SignIn.LIAISON_GULFPORT);
    navigate(AlertFollowUpView.class);
    @SuppressWarnings("unchecked")
    Select<AlertSummary> picker = $(Select.class).id("follow-up-picker");
    picker.setValue(
        picker.getListDataView().getItems().filter(a -> a.id() == alertId).findFirst().get());

    acknowledgementQueuedThenLeave(alertId);

    assertThat(failures).isEmpty();
  }

  private long sendToGulfport(String title) {
    return alerts
        .send(
            data.draft(
                data.unique(title),
                Severity.URGENT,
                Set.of(data.agencyId("GULFPORT-PD")),
                null,
                true))
        .alertId();
  }

  /**
   * The feed's thread hands the signal to the open page while the page's session is busy (this test
   * holds its lock, as a request being handled does), so it waits in the session's queue; the
   * person then goes to the overview, and the queued task runs with the page detached.
   */
  private void acknowledgementQueuedThenLeave(long alertId) throws Exception {
    VaadinSession session = VaadinSession.getCurrent();
    assertThat(session.hasLock())
        .as("the test thread holds the session, as a request does")
        .isTrue();
    session.setErrorHandler(event -> failures.add(event.getThrowable()));
    CompletableFuture.runAsync(
            () -> hub.publish(new AlertSignal.Acknowledged(alertId, "someone@gulfport.example")))
        .get(10, TimeUnit.SECONDS);
    assertThat(session.getPendingAccessQueue()).as("the signal waits for the session").isNotEmpty();

    UI.getCurrent().navigate("");
    session.getService().runPendingAccessTasks(session);
    assertThat(session.getPendingAccessQueue()).isEmpty();
  }
}
