package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leaps.portal.testsupport.Browser;
import org.leaps.portal.testsupport.Browsers;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.leaps.portal.testsupport.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two real Chromium sessions: the director composes and sends a critical alert on a desktop; the
 * counselor's open page on a 360 px phone shows the blocking dialog, and one tap acknowledges it;
 * the director's tracking view counts the acknowledgement live.
 */
@PortalBrowserTest
class AlertBrowserTest {

  @LocalServerPort int port;

  @RegisterExtension final Browsers browsers = new Browsers();
  private static final String RENEE = "Renee Carter";
  private static final String HANNAH = "Hannah Delacroix";

  @Autowired AlertTestData data;
  @Autowired AlertService alerts;
  @Autowired SignIn signIn;

  private WebDriver director;
  private WebDriver counselor;

  @AfterEach
  void closeCriticalAlerts() {
    data.closeCriticalAlerts();
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  private static WebElement waitFor(WebDriver driver, By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(by));
  }

  @Test
  void directorSendsACriticalAlertAndTheCounselorAcknowledgesItInTheDialog() {
    counselor = browsers.open(360, 780);
    Browser.signInWithDemoAccount(counselor, baseUrl(), SignIn.COUNSELOR);
    waitFor(counselor, By.id("alert-bell"));

    director = browsers.open();
    Browser.signInWithDemoAccount(director, baseUrl(), SignIn.DIRECTOR);
    director.get(baseUrl() + "/alerts/compose");
    Browser.waitForVaadin(director);
    waitFor(director, By.cssSelector("#alert-title input"));
    Browser.screenshot(director, "alerts-compose-desktop");
    Browser.assertAccessible(director);

    String title = data.unique("Browser critical");
    director.findElement(By.cssSelector("#alert-title input")).sendKeys(title);
    director
        .findElement(By.cssSelector("#alert-message textarea"))
        .sendKeys("<script>alert('x')</script>Shelter in place until further notice.");
    director.findElements(By.cssSelector("#alert-severity vaadin-radio-button")).get(2).click();
    director.findElement(By.id("alert-role")).click();
    waitFor(director, By.xpath("//vaadin-select-item[contains(., 'Counselors only')]")).click();
    Browser.waitForVaadin(director);
    director.findElement(By.id("alert-preview-button")).click();
    Browser.waitForVaadin(director);
    assertThat(director.findElement(By.id("alert-preview")).getText())
        .startsWith("This alert reaches ");

    director.findElement(By.id("alert-send")).click();
    WebElement confirm = waitFor(director, By.id("alert-confirm-send"));
    Browser.screenshot(director, "alerts-confirm-desktop");
    confirm.click();
    waitFor(director, By.id("tracking-headline"));
    Browser.waitForVaadin(director);
    assertThat(director.findElement(By.id("tracking-headline")).getText()).startsWith("0 of ");

    // The counselor's open page shows the dialog without reloading.
    WebElement dialogTitle = waitFor(counselor, By.cssSelector(".critical-alert-title"));
    new WebDriverWait(counselor, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.cssSelector(".critical-alert-title")).isDisplayed());
    assertThat(dialogTitle.getText()).isEqualTo(title);
    assertThat(
            counselor
                .findElement(By.cssSelector(".critical-alert-dialog .alert-message"))
                .getText())
        .isEqualTo("<script>alert('x')</script>Shelter in place until further notice.");
    Browser.screenshot(counselor, "alerts-critical-dialog-phone");
    Browser.assertAccessible(counselor);

    WebElement answered = counselor.findElement(By.cssSelector("vaadin-dialog[opened]"));
    counselor.findElement(By.id("critical-alert-ack")).click();
    awaitNoCriticalDialogShown(counselor);

    // The director's tracking view updates live, and counts everyone else as not acknowledged.
    new WebDriverWait(director, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("tracking-headline")).getText().startsWith("1 of "));
    String headline = director.findElement(By.id("tracking-headline")).getText();
    long total = Long.parseLong(headline.replaceAll("^1 of ([0-9,]+) .*$", "$1").replace(",", ""));
    assertThat(total).isGreaterThan(1);
    assertThat(tile(director, "tracking-acknowledged")).isEqualTo(1);
    assertThat(tile(director, "tracking-reached") + tile(director, "tracking-not-yet"))
        .isEqualTo(total - 1);
    Browser.screenshot(director, "alerts-tracking-desktop");
    Browser.assertAccessible(director);

    // The next critical alert in the same page: the answered dialog, kept closed in the page, shows
    // the new alert's own title and message, and one tap acknowledges it as well.
    String next = data.unique("Next critical");
    long nextId = data.sendAsDirector(next, Severity.CRITICAL, "GULFPORT-PD");
    new WebDriverWait(counselor, Duration.ofSeconds(20))
        .until(d -> shownTexts(d, ".critical-alert-title").equals(List.of(next)));
    assertThat(shownTexts(counselor, ".critical-alert-dialog .alert-message"))
        .containsExactly("Message of " + next);
    assertThat(answered.getAttribute("opened")).as("the same dialog, open again").isNotNull();
    Browser.screenshot(counselor, "alerts-critical-dialog-next-phone");
    counselor.findElement(By.id("critical-alert-ack")).click();
    awaitNoCriticalDialogShown(counselor);
    assertThat(data.delivery(nextId, SignIn.COUNSELOR).getAcknowledgedAt()).isNotNull();

    // The counselor's inbox on the phone.
    counselor.get(baseUrl() + "/alerts");
    Browser.waitForVaadin(counselor);
    waitFor(counselor, By.id("alert-inbox-grid"));
    Browser.screenshot(counselor, "alerts-inbox-phone");
    Browser.assertAccessible(counselor);

    // Compose and tracking on a phone.
    director.manage().window().setSize(new Dimension(360, 780));
    director.get(baseUrl() + "/alerts/compose");
    Browser.waitForVaadin(director);
    waitFor(director, By.cssSelector("#alert-title input"));
    Browser.screenshot(director, "alerts-compose-phone");
    Browser.assertAccessible(director);
  }

  private static List<String> shownTexts(WebDriver driver, String css) {
    return driver.findElements(By.cssSelector(css)).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .toList();
  }

  /** A closed dialog stays in the page (the next critical alert reuses it), hidden. */
  private static void awaitNoCriticalDialogShown(WebDriver driver) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> shownTexts(d, ".critical-alert-title").isEmpty());
  }

  @Test
  void liaisonSeesByNameWhoInTheirAgencyHasNotAcknowledgedAndTheCountFollowsLive() {
    // An urgent alert to Gulfport, sent through the service (the other test drives the form).
    long alertId = data.sendAsDirector(data.unique("Follow-up"), Severity.URGENT, "GULFPORT-PD");
    List<String> pending = data.pendingNames(alertId, "GULFPORT-PD");
    assertThat(pending).contains(RENEE, HANNAH);

    WebDriver liaison = browsers.open(360, 780);
    Browser.signInWithDemoAccount(liaison, baseUrl(), SignIn.LIAISON_GULFPORT);
    liaison.get(baseUrl() + "/alerts/follow-up");
    Browser.waitForVaadin(liaison);
    assertThat(Browser.waitForText(liaison, "#follow-up-summary"))
        .isEqualTo(summary(pending.size()));
    new WebDriverWait(liaison, Duration.ofSeconds(20)).until(d -> namesListed(d).contains(RENEE));
    if (pending.size() <= 50) {
      // The whole list is on the page: exactly the people who have not acknowledged.
      assertThat(namesListed(liaison)).containsExactlyInAnyOrderElementsOf(pending);
    }
    Browser.screenshot(liaison, "alerts-follow-up-phone");
    Browser.assertAccessible(liaison);

    // The counselor (Hannah) acknowledges elsewhere: the open list counts one fewer at once, and
    // her name leaves it while the liaison's own stays.
    signIn.as(SignIn.COUNSELOR);
    try {
      assertThat(alerts.acknowledge(alertId)).isTrue();
    } finally {
      signIn.out();
    }
    new WebDriverWait(liaison, Duration.ofSeconds(10))
        .until(d ->
            d.findElement(By.id("follow-up-summary"))
                .getText()
                .equals(summary(pending.size() - 1)));
    if (pending.size() <= 50) {
      new WebDriverWait(liaison, Duration.ofSeconds(10))
          .until(d -> !namesListed(d).contains(HANNAH) && namesListed(d).contains(RENEE));
      List<String> stillPending = new java.util.ArrayList<>(pending);
      stillPending.remove(HANNAH);
      assertThat(namesListed(liaison)).containsExactlyInAnyOrderElementsOf(stillPending);
    }
  }

  private static String summary(int open) {
    return open == 1
        ? "1 person has not acknowledged yet."
        : open + " people have not acknowledged yet.";
  }

  /**
   * The names in the follow-up list's rows on screen. A grid keeps the cells of rows it no longer
   * needs in the page, hidden; those are left out.
   */
  @SuppressWarnings("unchecked")
  private static List<String> namesListed(WebDriver driver) {
    Object names =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "return [...document.querySelectorAll('#follow-up-grid .follow-up-name')]"
                    + ".filter(name => {"
                    + "  const cell = name.closest('vaadin-grid-cell-content');"
                    + "  const row = cell && cell.assignedSlot && cell.assignedSlot.closest('tr');"
                    + "  return !row || !row.hidden;"
                    + "})"
                    + ".map(name => name.textContent.trim()).filter(name => name.length > 0);");
    return (List<String>) names;
  }

  private static long tile(WebDriver driver, String id) {
    return Long.parseLong(
        driver.findElement(By.cssSelector("#" + id + " .tile-value")).getText().replace(",", ""));
  }
}
