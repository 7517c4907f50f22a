package org.leaps.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leaps.portal.testsupport.Browser;
import org.leaps.portal.testsupport.Browsers;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.leaps.portal.testsupport.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A signed-in person who mistypes an address, or opens a page their role may not use, stays inside
 * the portal: its own page with the menu and a way back, and nothing that tells whether the named
 * record exists. The first response is Vaadin's page shell, so the HTTP status is that of the shell
 * (decision 095).
 */
@PortalBrowserTest
class ErrorPagesBrowserTest {

  @LocalServerPort int port;

  @RegisterExtension final Browsers browsers = new Browsers();

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  /** The HTTP status the server answers for this page in the signed-in browser session. */
  private static long statusOf(WebDriver driver, String url) {
    Object answer =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0], {headers: {Accept: 'text/html'}})"
                    + ".then(r => done(r.status + ' ' + r.url), e => done('-1 ' + e));",
                url);
    String[] parts = String.valueOf(answer).split(" ", 2);
    assertThat(parts[1]).as("no redirect").isEqualTo(url);
    return Long.parseLong(parts[0]);
  }

  private static void open(WebDriver driver, String url) {
    driver.get(url);
    Browser.waitForVaadin(driver);
  }

  @Test
  void anUnknownAddressShowsPageNotFoundInsideTheShell() {
    WebDriver driver = browsers.open(360, 780);
    Browser.signInWithDemoAccount(driver, baseUrl(), SignIn.COUNSELOR);

    open(driver, baseUrl() + "/nonexistent-page");
    assertThat(Browser.waitForText(driver, "#not-found-heading")).isEqualTo("Page not found");
    assertThat(driver.findElement(By.cssSelector(".view-title")).getText()).isNotBlank();
    assertThat(driver.findElements(By.cssSelector("vaadin-side-nav-item"))).isNotEmpty();
    assertThat(driver.findElement(By.id("not-found-home")).getAttribute("href"))
        .isEqualTo(baseUrl() + "/");
    Browser.screenshot(driver, "error-not-found-phone");
    Browser.assertAccessible(driver);

    driver.findElement(By.id("not-found-home")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.id("scope-line")).isEmpty());
    assertThat(driver.getCurrentUrl()).isEqualTo(baseUrl() + "/");
  }

  @Test
  void aCounselorOpeningTheRosterIsToldItIsNotAvailableToTheirRole() {
    WebDriver driver = browsers.open();
    Browser.signInWithDemoAccount(driver, baseUrl(), SignIn.COUNSELOR);

    open(driver, baseUrl() + "/roster");
    assertThat(Browser.waitForText(driver, "#not-available-heading"))
        .isEqualTo("Not available to your role");
    assertThat(driver.findElement(By.id("user-agency")).getText())
        .isEqualTo("Gulfport Police Department");
    assertThat(driver.getPageSource()).doesNotContain("Could not navigate");
    Browser.screenshot(driver, "error-not-available-desktop");
    Browser.assertAccessible(driver);
  }

  @Test
  void aLiaisonOpeningAlertTrackingSeesTheSamePageForAnyAlertNumber() {
    WebDriver driver = browsers.open(360, 780);
    Browser.signInWithDemoAccount(driver, baseUrl(), SignIn.LIAISON_GULFPORT);
    assertThat(statusOf(driver, baseUrl() + "/alerts/tracking/2"))
        .isEqualTo(statusOf(driver, baseUrl() + "/alerts/tracking/987654"));

    open(driver, baseUrl() + "/alerts/tracking/2");
    String existing = Browser.waitForText(driver, "#not-available");
    open(driver, baseUrl() + "/alerts/tracking/987654");
    String missing = Browser.waitForText(driver, "#not-available");
    assertThat(existing).isEqualTo(missing).contains("Not available to your role");
    Browser.screenshot(driver, "error-not-available-phone");
    Browser.assertAccessible(driver);
  }
}
