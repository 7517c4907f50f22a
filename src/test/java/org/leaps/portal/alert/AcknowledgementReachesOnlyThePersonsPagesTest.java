package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.leaps.portal.availability.QuietHoursFixture;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * During a statewide critical alert, hundreds of people acknowledge within seconds. Each
 * acknowledgement changes only the acknowledging person's own pages (and the tracking views), so
 * another person's page must not be handed it: a {@code UI.access} per open session per
 * acknowledgement is what made the alert slow for everyone at 1,000 users (docs/performance).
 */
@PortalTest
class AcknowledgementReachesOnlyThePersonsPagesTest extends LivePushTest {

  @Autowired QuietHoursFixture quietHours;

  @Test
  void anotherPersonsAcknowledgementQueuesNothingForThisPage() throws Exception {
    quietHours.nobodyHasQuietHours();
    openOverviewAs(SignIn.COUNSELOR);
    long alertId = sendAsDirector(data.unique("Ack routing"), "Stand by.", Severity.CRITICAL, true);
    String dialogId = "critical-alert-" + alertId;
    awaitPush(() -> !$(Dialog.class).withId(dialogId).all().isEmpty());
    Dialog dialog = $(Dialog.class).id(dialogId);
    takePushes();
    var pageTasks = VaadinSession.getCurrent().getPendingAccessQueue();
    assertThat(pageTasks).isEmpty();

    // The hub returns once every session has taken (here: queued) what it was handed.
    hub.publish(new AlertSignal.Acknowledged(alertId, "someone.else@leaps.example"));

    assertThat(pageTasks).as("tasks queued for this page by someone else's ack").isEmpty();
    assertThat(dialog.isOpened()).isTrue();

    // The person's own acknowledgement in another tab still closes the dialog here.
    hub.publish(new AlertSignal.Acknowledged(alertId, SignIn.COUNSELOR.toUpperCase()));

    assertThat(pageTasks).isNotEmpty();
    takePushes();
    assertThat(dialog.isOpened()).isFalse();
  }
}
