package org.leaps.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.testsupport.Browser;
import org.leaps.portal.testsupport.Browsers;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.leaps.portal.testsupport.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A signed-in person who mistypes an address, or opens a page their role may not use, stays inside
 * the portal: its own page with the menu and a way back, and nothing that tells whether the named
 * record exists. The page's own address answers 404 or 403 (decision 098), and a hostile name on a
 * roster loaded as the first page stays text.
 */
@PortalBrowserTest
class ErrorPagesBrowserTest {

  @LocalServerPort int port;

  @Autowired RosterFixtures fixtures;

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

    assertThat(statusOf(driver, baseUrl() + "/nonexistent-page")).isEqualTo(404);
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

    assertThat(statusOf(driver, baseUrl() + "/roster")).isEqualTo(403);
    assertThat(statusOf(driver, baseUrl() + "/availability")).isEqualTo(200);
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
    assertThat(statusOf(driver, baseUrl() + "/alerts/tracking/2")).isEqualTo(403);
    assertThat(statusOf(driver, baseUrl() + "/alerts/tracking/987654")).isEqualTo(403);

    open(driver, baseUrl() + "/alerts/tracking/2");
    String existing = Browser.waitForText(driver, "#not-available");
    open(driver, baseUrl() + "/alerts/tracking/987654");
    String missing = Browser.waitForText(driver, "#not-available");
    assertThat(existing).isEqualTo(missing).contains("Not available to your role");
    Browser.screenshot(driver, "error-not-available-phone");
    Browser.assertAccessible(driver);
  }

  @Test
  void aHostileNameOnARosterLoadedAsTheFirstPageStaysText() {
    String hostile = RosterFixtures.unique("<b>Bold</b><script>alert(1)</script>");
    fixtures.saved("GULFPORT-PD", hostile);
    WebDriver driver = browsers.open();
    Browser.signInWithDemoAccount(driver, baseUrl(), SignIn.LIAISON_GULFPORT);

    // A fresh page load of the roster: the first response of this document.
    open(driver, baseUrl() + "/roster");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("roster-total")).getText().endsWith("counselors"));
    driver.findElement(By.cssSelector("#filter-name input")).sendKeys(hostile);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("roster-total")).getText().equals("1 counselor"));
    Browser.waitForVaadin(driver);
    assertThatThrownBy(() -> driver.switchTo().alert())
        .as("no script from the name ran")
        .isInstanceOf(NoAlertPresentException.class);
    assertThat(driver.findElement(By.cssSelector(".roster-name")).getText())
        .isEqualTo(hostile + ", Test");
    assertThat(driver.findElements(By.cssSelector("vaadin-grid-cell-content b"))).isEmpty();
  }
}
