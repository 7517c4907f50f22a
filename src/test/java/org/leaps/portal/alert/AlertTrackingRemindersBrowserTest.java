package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leaps.portal.testsupport.Browser;
import org.leaps.portal.testsupport.Browsers;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.leaps.portal.testsupport.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The director's tracking view in a real browser, desktop and 360 px: the reminder line after one
 * round, and an expired alert kept in the picker's history. Uses its web context's security
 * strategy before each test and leaves it installed, as the other browser tests on this context
 * expect (they run right after the context starts).
 */
@PortalBrowserTest
class AlertTrackingRemindersBrowserTest {

  @LocalServerPort int port;

  @RegisterExtension final Browsers browsers = new Browsers();
  @Autowired AlertTestData data;
  @Autowired AlertReminderJob reminders;

  private WebDriver director;

  @Test
  void directorSeesReminderRoundsAndEndedAlerts() {
    long expired =
        data.sendAsDirector(data.unique("Road closure, I-10"), Severity.URGENT, "HARRISON-SO");
    data.expire(expired);
    long alertId =
        data.sendAsDirector(data.unique("Staging at Gulfport HQ"), Severity.URGENT, "GULFPORT-PD");
    // One round is due half an hour after sending (no mail host here: the round is counted only).
    reminders.remindDue(Instant.now().plus(Duration.ofMinutes(31)));
    assertThat(data.alert(alertId).getReminderCount()).isEqualTo(1);

    director = browsers.open();
    Browser.signInWithDemoAccount(director, "http://localhost:" + port, SignIn.DIRECTOR);
    director.get("http://localhost:" + port + "/alerts/tracking/" + alertId);
    Browser.waitForVaadin(director);
    String line = Browser.waitForText(director, "#tracking-reminders");
    assertThat(line).startsWith("1 of 3 reminders sent, the last ").contains("Next due ");
    Browser.screenshot(director, "alerts-tracking-reminders-desktop");
    Browser.assertAccessible(director);

    director.findElement(By.id("tracking-picker")).click();
    Browser.waitForVaadin(director);
    assertThat(director.findElements(By.cssSelector("vaadin-select-item")))
        .anySatisfy(item -> assertThat(item.getText()).endsWith(", expired)"));
    Browser.screenshot(director, "alerts-tracking-history-desktop");
    director.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);

    director.manage().window().setSize(new Dimension(360, 780));
    director.get("http://localhost:" + port + "/alerts/tracking/" + alertId);
    Browser.waitForVaadin(director);
    Browser.waitForText(director, "#tracking-reminders");
    Browser.screenshot(director, "alerts-tracking-reminders-phone");
    Browser.assertAccessible(director);
  }
}
