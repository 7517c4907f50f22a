package org.leaps.portal.availability.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.AvailabilityStatus;
import org.leaps.portal.availability.DemoCounselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.testsupport.Browser;
import org.leaps.portal.testsupport.Browsers;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.leaps.portal.testsupport.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two real Chromium sessions: the director has the coverage map open with a county's list; the
 * counselor, on a 360 px phone, taps "Available"; the director's map and list change through push,
 * without a reload. Also takes the screenshots and runs axe-core on each availability screen.
 */
@PortalBrowserTest
class AvailabilityLiveBrowserTest {

  @LocalServerPort int port;

  @RegisterExtension final Browsers browsers = new Browsers();
  @Autowired AvailabilityService service;
  @Autowired CounselorService counselors;
  @Autowired SignIn signIn;

  private WebDriver director;
  private WebDriver counselor;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  private String hannahUnavailableInHerCounty() {
    Long hannah =
        DemoCounselor.withStatus(service, signIn, AvailabilityStatus.UNAVAILABLE).counselorId();
    signIn.as(SignIn.DIRECTOR);
    String fips = counselors.findInScope(hannah).orElseThrow().getHomeCounty().getFips();
    signIn.out();
    return fips;
  }

  private static int countOnMap(WebDriver driver, String fips) {
    String label =
        driver
            .findElement(By.cssSelector("path[data-fips='" + fips + "']"))
            .getAttribute("aria-label");
    Matcher m = Pattern.compile(": (no|\\d+) ").matcher(label);
    assertThat(m.find()).as(label).isTrue();
    return m.group(1).equals("no") ? 0 : Integer.parseInt(m.group(1));
  }

  /** The element's text even when it is scrolled out of the view's scroll area. */
  private static String text(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getDomProperty("textContent");
  }

  /** The number in "N counselors in your scope can respond now". */
  private static int respondingInList(WebDriver driver) {
    return Integer.parseInt(text(driver, "respond-summary").split(" ")[0]);
  }

  @Test
  void aCounselorsTapUpdatesTheDirectorsOpenMapWithoutAReload() {
    String county = hannahUnavailableInHerCounty();

    director = browsers.open();
    Browser.signInWithDemoAccount(director, baseUrl(), SignIn.DIRECTOR);
    director.get(baseUrl() + "/coverage");
    Browser.waitForVaadin(director);
    Browser.waitForText(director, "#coverage-gaps");
    // The map is drawn again whenever a live count changes, so the county is looked up anew if
    // the one found was replaced before the click reached it.
    new WebDriverWait(director, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> {
          var path = d.findElement(By.cssSelector("path[data-fips='" + county + "']"));
          ((JavascriptExecutor) d)
              .executeScript("arguments[0].scrollIntoView({block: 'center'});", path);
          path.click();
          return true;
        });
    Browser.waitForVaadin(director);
    Browser.screenshot(director, "coverage-director-after-click");
    new WebDriverWait(director, Duration.ofSeconds(10))
        .until(d -> text(d, "responders-heading").startsWith("Near "));
    int before = countOnMap(director, county);
    int listedBefore = respondingInList(director);
    ((JavascriptExecutor) director).executeScript("window.leapsSamePage = 'yes';");
    Browser.screenshot(director, "coverage-director-desktop");
    Browser.assertAccessible(director);

    counselor = browsers.open(360, 780);
    Browser.signInWithDemoAccount(counselor, baseUrl(), SignIn.COUNSELOR);
    counselor.get(baseUrl() + "/availability");
    Browser.waitForVaadin(counselor);
    assertThat(Browser.waitForText(counselor, "#now-status")).isEqualTo("Unavailable");
    Browser.screenshot(counselor, "availability-counselor-phone");
    Browser.assertAccessible(counselor);

    counselor.findElement(By.id("status-available")).click();
    Browser.waitForVaadin(counselor);
    new WebDriverWait(counselor, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("now-status")).getText().equals("Available"));
    Browser.screenshot(counselor, "availability-counselor-phone-available");

    // The director did nothing: the push brings the change.
    new WebDriverWait(director, Duration.ofSeconds(15))
        .until(d -> countOnMap(d, county) == before + 1);
    new WebDriverWait(director, Duration.ofSeconds(15))
        .until(d -> respondingInList(d) == listedBefore + 1);
    Browser.screenshot(director, "coverage-director-desktop-after");
    assertThat(((JavascriptExecutor) director).executeScript("return window.leapsSamePage;"))
        .as("the director's page was not reloaded")
        .isEqualTo("yes");
  }

  @Test
  void screensLookRightOnAPhoneAndAreAccessible() {
    hannahUnavailableInHerCounty();
    director = browsers.open(360, 780);
    Browser.signInWithDemoAccount(director, baseUrl(), SignIn.LIAISON_GULFPORT);
    director.get(baseUrl() + "/coverage");
    Browser.waitForVaadin(director);
    Browser.waitForText(director, "#coverage-gaps");
    Object stylesheet =
        ((JavascriptExecutor) director)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch('/styles/availability.css').then(r => done(r.status));");
    assertThat(stylesheet).as("availability.css is served").isEqualTo(200L);
    Browser.screenshot(director, "coverage-liaison-phone");
    Browser.assertAccessible(director);

    director.get(baseUrl() + "/respond?county=28047");
    Browser.waitForVaadin(director);
    assertThat(Browser.waitForText(director, "#responders-heading"))
        .isEqualTo("Near Harrison County");
    assertThat(Browser.waitForText(director, "#other-agencies")).contains("other agencies");
    Browser.screenshot(director, "respond-liaison-phone");
    Browser.assertAccessible(director);

    counselor = browsers.open();
    Browser.signInWithDemoAccount(counselor, baseUrl(), SignIn.STAFF);
    counselor.get(baseUrl() + "/respond?county=28035");
    Browser.waitForVaadin(counselor);
    assertThat(Browser.waitForText(counselor, "#responders-heading"))
        .isEqualTo("Near Forrest County");
    Browser.screenshot(counselor, "respond-staff-desktop");
    Browser.assertAccessible(counselor);
  }
}
