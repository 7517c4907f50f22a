package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.leaps.portal.availability.QuietHoursFixture;
import org.leaps.portal.base.ui.HandOutGate;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A critical alert's hand-out to the open pages runs with the door closed to arriving requests, so
 * that on busy cores it is not shared with them (decision 145); an urgent alert's does not, nor
 * does an acknowledgement's, and the door opens again when the hand-out ends.
 */
@PortalTest
class CriticalHandOutHoldsArrivingRequestsTest extends LivePushTest {

  @Autowired QuietHoursFixture quietHours;
  @Autowired HandOutGate gate;

  @Test
  void onlyACriticalAlertsHandOutClosesTheDoor() throws Exception {
    quietHours.nobodyHasQuietHours();
    openOverviewAs(SignIn.COUNSELOR);
    // A plain listener runs on the pushing thread once every page has taken the batch: still
    // inside the hand-out.
    Map<String, Boolean> doorClosedDuring = new ConcurrentHashMap<>();
    var listening =
        hub.addListener(signal ->
            doorClosedDuring.put(
                switch (signal) {
                  case AlertSignal.Sent sent -> sent.severity().name();
                  case AlertSignal.Acknowledged ack -> "ACKNOWLEDGED";
                  default -> signal.getClass().getSimpleName();
                },
                gate.isClosed()));
    try {
      // One after the other: alerts that reach the feed together are handed out in one batch.
      long critical =
          sendAsDirector(data.unique("Door critical"), "Stand by.", Severity.CRITICAL, true);
      await().atMost(Duration.ofSeconds(10)).until(() -> doorClosedDuring.containsKey("CRITICAL"));
      sendAsDirector(data.unique("Door urgent"), "Check in.", Severity.URGENT, true);
      await().atMost(Duration.ofSeconds(10)).until(() -> doorClosedDuring.containsKey("URGENT"));
      assertThat(alerts.acknowledge(critical)).as("the counselor acknowledges").isTrue();

      await()
          .atMost(Duration.ofSeconds(10))
          .until(() ->
              doorClosedDuring.keySet().containsAll(List.of("CRITICAL", "URGENT", "ACKNOWLEDGED")));
      assertThat(doorClosedDuring)
          .containsEntry("CRITICAL", true)
          .containsEntry("URGENT", false)
          .containsEntry("ACKNOWLEDGED", false);
      assertThat(gate.isClosed()).as("after the hand-out").isFalse();
    } finally {
      listening.remove();
    }
  }
}
