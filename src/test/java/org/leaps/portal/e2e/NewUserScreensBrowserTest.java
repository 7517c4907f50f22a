package org.leaps.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leaps.portal.testsupport.AvailabilityUndo;
import org.leaps.portal.testsupport.Browser;
import org.leaps.portal.testsupport.Browsers;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.leaps.portal.testsupport.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The screens issue 18 names, at 360 px and at 1280 px, as a new user meets them: nothing wider
 * than the phone, lists that are part of the page rather than a box with its own scroll, and whole
 * pages screenshotted under {@code target/screenshots} to be looked at.
 */
@PortalBrowserTest
class NewUserScreensBrowserTest {

  private static final List<Integer> WIDTHS = List.of(360, 1280);

  @LocalServerPort int port;

  @RegisterExtension final Browsers browsers = new Browsers();

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  private static long number(WebDriver driver, String script, Object... args) {
    return ((Number) ((JavascriptExecutor) driver).executeScript(script, args)).longValue();
  }

  private static void resize(WebDriver driver, int width) {
    driver.manage().window().setSize(new Dimension(width, width < 600 ? 780 : 900));
    Browser.waitForVaadin(driver);
  }

  /** The page at this width is no wider than the window. */
  private static void assertNothingWiderThanTheWindow(WebDriver driver, String screen) {
    long viewport = number(driver, "return document.documentElement.clientWidth;");
    assertThat(number(driver, "return document.documentElement.scrollWidth;"))
        .as("%s: page width at %d px", screen, viewport)
        .isLessThanOrEqualTo(viewport);
  }

  /** This element shows all it holds: no scroll of its own inside the page's scroll. */
  private static void assertNoInnerScroll(WebDriver driver, String id) {
    assertThat(
            number(
                driver,
                "const e = document.getElementById(arguments[0]);"
                    + " return e.scrollHeight - e.clientHeight;",
                id))
        .as("inner scroll of #%s", id)
        .isLessThanOrEqualTo(2);
  }

  /**
   * Screenshots of the top and of the end of the view: the view scrolls inside the app layout, so
   * the second one is taken with the view's end scrolled into sight.
   */
  private static void wholePage(WebDriver driver, String name) {
    Browser.screenshot(driver, name);
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(
        "const view = document.querySelector('main') || document.body;"
            + " view.scrollIntoView({block: 'end'});");
    Browser.waitForVaadin(driver);
    Browser.screenshot(driver, name + "-end");
    js.executeScript(
        "const view = document.querySelector('main') || document.body;"
            + " view.scrollIntoView({block: 'start'});");
  }

  private static String suffix(int width) {
    return width < 600 ? "phone" : "desktop";
  }

  private static void waitFor(WebDriver driver, String cssSelector) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector(cssSelector)).isEmpty());
  }

  private void open(WebDriver driver, String path) {
    driver.get(baseUrl() + path);
    Browser.waitForVaadin(driver);
  }

  @Test
  void whoCanRespondNowFitsAPhoneWithItsActionsAndSeveralRows() {
    WebDriver driver = browsers.open(360, 780);
    Browser.signInWithDemoAccount(driver, baseUrl(), SignIn.DIRECTOR);
    open(driver, "/respond?county=28047");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("responders-heading")).getText().contains("Harrison"));
    for (int width : WIDTHS) {
      resize(driver, width);
      assertNothingWiderThanTheWindow(driver, "who can respond");
      // A long list pages lazily inside the grid; on a phone it still shows several whole rows,
      // and the last column (distance and status) is inside the grid, not cut off.
      String wholeRowsShown =
          "const g = document.getElementById('responders').getBoundingClientRect();"
              + " return [...document.querySelectorAll('#responders .responder-name')].filter(n => {"
              + " const r = n.getBoundingClientRect();"
              + " return r.height > 0 && r.top >= g.top && r.bottom <= g.bottom; }).length;";
      assertThat(number(driver, wholeRowsShown))
          .as("whole rows at %d px", width)
          .isGreaterThanOrEqualTo(3);
      String clipped =
          "const g = document.getElementById('responders').getBoundingClientRect();"
              + " return [...document.querySelectorAll('#responders .responder-status')].filter(n => {"
              + " const r = n.getBoundingClientRect();"
              + " return r.width > 0 && r.right > Math.ceil(g.right); }).length;";
      assertThat(number(driver, clipped)).as("statuses cut off at %d px", width).isZero();
      wholePage(driver, "respond-" + suffix(width));
    }
    Browser.assertAccessible(driver);
  }

  @Test
  void theCoverageMapAndItsCountyListAtBothWidths() {
    WebDriver driver = browsers.open();
    Browser.signInWithDemoAccount(driver, baseUrl(), SignIn.LIAISON_GULFPORT);
    open(driver, "/coverage");
    waitFor(driver, "#coverage-gaps");
    assertThat(driver.findElements(By.cssSelector("#coverage-legend [role=listitem]")))
        .extracting(WebElement::getText)
        .containsExactly("None: coverage gap", "1–2", "3–5", "6 or more");
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById('coverage-legend').scrollIntoView()");
    Browser.screenshot(driver, "coverage-legend-desktop");
    WebElement harrison = driver.findElement(By.cssSelector("path.county[data-fips='28047']"));
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", harrison);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("responders-heading")).getText().contains("Harrison"));
    for (int width : WIDTHS) {
      resize(driver, width);
      assertNothingWiderThanTheWindow(driver, "coverage");
      assertNoInnerScroll(driver, "coverage-table");
      wholePage(driver, "coverage-county-" + suffix(width));
    }
  }

  @Test
  void theFollowUpListIsPartOfThePage() {
    WebDriver driver = browsers.open();
    Browser.signInWithDemoAccount(driver, baseUrl(), SignIn.LIAISON_GULFPORT);
    open(driver, "/alerts/follow-up");
    waitFor(driver, "#follow-up-summary, #follow-up-none, #follow-up-picker");
    for (int width : WIDTHS) {
      resize(driver, width);
      assertNothingWiderThanTheWindow(driver, "follow-up");
      if (!driver.findElements(By.id("follow-up-grid")).isEmpty()
          && driver.findElement(By.id("follow-up-grid")).isDisplayed()) {
        assertNoInnerScroll(driver, "follow-up-grid");
      }
      wholePage(driver, "follow-up-" + suffix(width));
    }
    Browser.assertAccessible(driver);
  }

  @Test
  void availabilityWithOnCallTimesAwayDatesAndUndo() {
    WebDriver driver = browsers.open();
    Browser.signInWithDemoAccount(driver, baseUrl(), SignIn.COUNSELOR);
    open(driver, "/availability");
    waitFor(driver, "#now-status");
    for (int width : WIDTHS) {
      resize(driver, width);
      assertNothingWiderThanTheWindow(driver, "availability");
      wholePage(driver, "availability-" + suffix(width));
    }
    resize(driver, 1280);
    AvailabilityUndo.removeFirstOnCallTimeAndUndo(driver, "availability-undo-desktop");
  }

  @Test
  void theCounselorFormsToastAtBothWidths() {
    WebDriver driver = browsers.open();
    Browser.signInWithDemoAccount(driver, baseUrl(), SignIn.LIAISON_GULFPORT);
    for (int width : WIDTHS) {
      resize(driver, width);
      open(driver, "/roster/new");
      driver.findElement(By.id("save")).click();
      Browser.waitForVaadin(driver);
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(d -> !d.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
      assertNothingWiderThanTheWindow(driver, "counselor form");
      String overlap =
          "const save = document.getElementById('save').getBoundingClientRect();"
              + " return [...document.querySelectorAll('vaadin-notification-card')].filter(c => {"
              + " const r = c.getBoundingClientRect();"
              + " return r.width > 0 && r.left < save.right && r.right > save.left"
              + " && r.top < save.bottom && r.bottom > save.top; }).length;";
      assertThat(number(driver, overlap)).as("toasts covering Save at %d px", width).isZero();
      Browser.screenshot(driver, "counselor-form-toast-" + suffix(width));
    }
  }

  @Test
  void theImportPreviewWrapsItsProblems() {
    WebDriver driver = browsers.open();
    Browser.signInWithDemoAccount(driver, baseUrl(), SignIn.LIAISON_GULFPORT);
    open(driver, "/roster/import");
    Path csv = Path.of("src/test/resources/csv/hostile/bad-values.csv").toAbsolutePath();
    WebElement input =
        (WebElement)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const u = document.getElementById('import-upload');"
                        + " return u.querySelector('input[type=file]')"
                        + " || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));");
    input.sendKeys(csv.toString());
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("import-summary")).getText().contains("problems found"));
    Browser.waitForVaadin(driver);
    for (int width : WIDTHS) {
      resize(driver, width);
      assertNothingWiderThanTheWindow(driver, "import preview");
      wholePage(driver, "import-preview-" + suffix(width));
    }
  }

  @Test
  void theErrorPagesAndTheFailedSignInPageAtBothWidths() {
    WebDriver driver = browsers.open();
    open(driver, "/signin-failed?reason=failed");
    waitFor(driver, "#signin-failed-title");
    // The portal's own page, not Spring's: a way to retry and whom to contact.
    assertThat(driver.findElement(By.id("signin-retry")).getText()).isEqualTo("Try again");
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("contact");
    for (int width : WIDTHS) {
      resize(driver, width);
      assertNothingWiderThanTheWindow(driver, "sign-in failed");
      Browser.screenshot(driver, "signin-failed-" + suffix(width));
    }
    Browser.assertAccessible(driver);

    Browser.signInWithDemoAccount(driver, baseUrl(), SignIn.COUNSELOR);
    for (String path : List.of("/nonexistent-page", "/roster")) {
      open(driver, path);
      waitFor(driver, "main h1");
      for (int width : WIDTHS) {
        resize(driver, width);
        assertNothingWiderThanTheWindow(driver, path);
        Browser.screenshot(
            driver, "error-" + path.substring(1).replace('/', '-') + "-" + suffix(width));
      }
      Browser.assertAccessible(driver);
    }
  }
}
