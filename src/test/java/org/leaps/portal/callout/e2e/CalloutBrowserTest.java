package org.leaps.portal.callout.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.AvailabilityStatus;
import org.leaps.portal.availability.DemoCounselor;
import org.leaps.portal.callout.CalloutTestData;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.security.SystemAccess;
import org.leaps.portal.testsupport.Browser;
import org.leaps.portal.testsupport.Browsers;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.leaps.portal.testsupport.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Three real Chromium sessions: a liaison on a 360 px phone opens a callout and asks counselors;
 * the counselor's open page (also 360 px) pops up the offer and she accepts with one tap; the
 * director's board shows the acceptance live. axe-core checks each screen; screenshots at both
 * widths go to target/screenshots.
 */
@PortalBrowserTest
class CalloutBrowserTest {

  @LocalServerPort int port;

  @RegisterExtension final Browsers browsers = new Browsers();
  @Autowired AvailabilityService availability;
  @Autowired CounselorService counselors;
  @Autowired CalloutTestData data;
  @Autowired SignIn signIn;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  /** Hannah, available with "pick me", lives at a ZIP nobody else has: she is the best match. */
  private String hannahAvailableAtHerOwnZip() {
    Long hannah =
        DemoCounselor.withStatus(availability, signIn, AvailabilityStatus.AVAILABLE).counselorId();
    availability.setPickMe(true);
    String zip = data.unusedZip();
    SystemAccess.run(() -> {
      Counselor record = counselors.findInScope(hannah).orElseThrow();
      record.setHomeZip(zip);
      counselors.update(record);
      availability.reloadIndex();
    });
    signIn.out();
    return zip;
  }

  private static WebDriverWait waitUpTo(WebDriver driver, int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  private static void type(WebDriver driver, String id, String text) {
    WebElement input = driver.findElement(By.cssSelector("#" + id + " input"));
    input.clear();
    input.sendKeys(text);
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input);
    Browser.waitForVaadin(driver);
  }

  private static void click(WebDriver driver, WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
    Browser.waitForVaadin(driver);
  }

  @Test
  void aLiaisonsCalloutReachesTheCounselorsOpenPageAndTheDirectorsBoardLive() {
    String zip = hannahAvailableAtHerOwnZip();

    WebDriver director = browsers.open();
    Browser.signInWithDemoAccount(director, baseUrl(), SignIn.DIRECTOR);
    director.get(baseUrl() + "/callouts");
    Browser.waitForVaadin(director);

    WebDriver counselor = browsers.open(360, 780);
    Browser.signInWithDemoAccount(counselor, baseUrl(), SignIn.COUNSELOR);
    counselor.get(baseUrl() + "/callouts/mine");
    Browser.waitForVaadin(counselor);
    Browser.screenshot(counselor, "callouts-mine-phone");
    Browser.assertAccessible(counselor);

    WebDriver liaison = browsers.open(360, 780);
    Browser.signInWithDemoAccount(liaison, baseUrl(), SignIn.LIAISON_HATTIESBURG);
    liaison.get(baseUrl() + "/callouts/new");
    Browser.waitForVaadin(liaison);
    type(liaison, "incident-zip", zip);
    click(liaison, liaison.findElement(By.id("category")));
    click(
        liaison,
        waitUpTo(liaison, 10)
            .until(d ->
                d.findElements(By.cssSelector("vaadin-select-item")).stream()
                    .filter(i -> i.getText().contains("Line-of-duty death"))
                    .findFirst()
                    .orElse(null)));
    type(liaison, "meeting-point", "Side entrance of the sheriff's office");
    type(liaison, "needed", "1");
    Browser.screenshot(liaison, "callout-open-phone");
    Browser.assertAccessible(liaison);
    click(liaison, liaison.findElement(By.id("open-callout")));
    waitUpTo(liaison, 20).until(d -> d.getCurrentUrl().contains("/callout/"));
    Browser.waitForVaadin(liaison);
    assertThat(Browser.waitForText(liaison, "#callout-clock")).contains("since the request");
    click(liaison, liaison.findElement(By.id("dispatch")));
    Browser.screenshot(liaison, "callout-view-phone");
    Browser.assertAccessible(liaison);

    WebElement dialog =
        waitUpTo(counselor, 20)
            .until(d ->
                d
                    .findElements(
                        By.cssSelector(
                            "vaadin-dialog .offer-card, vaadin-dialog-overlay .offer-card"))
                    .stream()
                    .findFirst()
                    .orElse(null));
    assertThat(dialog.getText()).contains("Line-of-duty death").contains("ZIP " + zip);
    Browser.screenshot(counselor, "callout-offer-dialog-phone");
    Browser.assertAccessible(counselor);
    click(counselor, dialog.findElement(By.cssSelector("vaadin-button.accept")));
    String told =
        waitUpTo(counselor, 20)
            .until(d ->
                d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                    .map(WebElement::getText)
                    .filter(t -> !t.isBlank())
                    .findFirst()
                    .orElse(null));
    Browser.screenshot(counselor, "callout-accepted-phone");
    Browser.screenshot(director, "callout-board-before-desktop");
    assertThat(told).startsWith("You are on this callout");

    waitUpTo(director, 20)
        .until(d -> d.findElement(By.id("board")).getText().contains("1 of 1 accepted"));
    Browser.screenshot(director, "callout-board-desktop");
    Browser.assertAccessible(director);

    String calloutUrl = liaison.getCurrentUrl();
    director.get(calloutUrl);
    Browser.waitForVaadin(director);
    Browser.waitForText(director, "#callout-clock");
    Browser.screenshot(director, "callout-view-desktop");
    director.get(baseUrl() + "/callouts/reports");
    Browser.waitForVaadin(director);
    Browser.screenshot(director, "callout-reports-desktop");
    Browser.assertAccessible(director);
    director.get(baseUrl() + "/respond?county=28035");
    Browser.waitForVaadin(director);
    Browser.screenshot(director, "respond-desktop");
    WebDriver phoneDirector = browsers.open(360, 780);
    Browser.signInWithDemoAccount(phoneDirector, baseUrl(), SignIn.DIRECTOR);
    phoneDirector.get(baseUrl() + "/respond?county=28035");
    Browser.waitForVaadin(phoneDirector);
    Browser.screenshot(phoneDirector, "respond-phone");
    Browser.assertAccessible(phoneDirector);
    phoneDirector.get(calloutUrl);
    Browser.waitForVaadin(phoneDirector);
    click(phoneDirector, phoneDirector.findElement(By.id("close-callout")));
    Browser.screenshot(phoneDirector, "callout-closed-phone");
  }
}
