package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.dialog.Dialog;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leaps.portal.availability.QuietHoursFixture;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An operator asked why a statewide alert felt slow reads one log line per alert and node: how many
 * open pages took it, how long handing it to them took and how much CPU time that used, and how
 * long after the node learned of it that ended. The load run reads the same line to split an
 * alert's time at the commit.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class AlertHandOutIsLoggedTest extends LivePushTest {

  @Autowired QuietHoursFixture quietHours;

  @Test
  void eachCriticalAlertSaysHowLongItsOpenPagesWaited(CapturedOutput output) throws Exception {
    quietHours.nobodyHasQuietHours();
    openOverviewAs(SignIn.COUNSELOR);
    long alertId =
        sendAsDirector(data.unique("Hand-out log"), "Stand by.", Severity.CRITICAL, true);
    awaitPush(() -> !$(Dialog.class).withId("critical-alert-" + alertId).all().isEmpty());

    Pattern line =
        Pattern.compile(
            "Alert "
                + alertId
                + " \\(CRITICAL\\) handed to (\\d+) open pages on this node in \\d+ ms"
                + " \\((\\d+) ms of CPU\\), \\d+ ms after this node learned of it");
    await().atMost(Duration.ofSeconds(10)).until(() -> line.matcher(output.getOut()).find());
    var found = line.matcher(output.getOut());
    assertThat(found.find()).isTrue();
    assertThat(Integer.parseInt(found.group(1))).as("pages that took the alert").isPositive();
  }
}
