package org.leaps.portal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium for end-to-end tests, using Debian's {@code chromium} and {@code
 * chromium-driver} (browser downloads cannot work here). Without them the test is skipped with the
 * reason, unless {@code -De2e.required=true} (CI) makes that a failure.
 */
public final class Browser {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Browser() {}

  /** Skips (or, with e2e.required, fails) the calling test when Chromium is not installed. */
  public static void requireChromium() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (present) {
      return;
    }
    String reason =
        "Chromium end-to-end test skipped: /usr/bin/chromium and /usr/bin/chromedriver are missing"
            + " (apt-get install chromium chromium-driver; .ci/run installs them)";
    if (Boolean.getBoolean("e2e.required")) {
      Assertions.fail(reason.replace("skipped", "required but cannot run"));
    }
    System.out.println("SKIPPED: " + reason);
    Assumptions.abort(reason);
  }

  /** A fresh headless Chromium with its own profile directory, sized like a desktop. */
  public static WebDriver start() {
    return start(1280, 900);
  }

  public static WebDriver start(int width, int height) {
    requireChromium();
    try {
      Path profile = Files.createTempDirectory("leaps-chromium-");
      var options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--user-data-dir=" + profile,
          "--window-size=" + width + "," + height);
      // Lets tests read the console, e.g. for Content-Security-Policy violations.
      options.setCapability(
          "goog:loggingPrefs", java.util.Map.of("browser", java.util.logging.Level.ALL.getName()));
      var service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      WebDriver driver = new ChromeDriver(service, options);
      driver.manage().window().setSize(new Dimension(width, height));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The browser console's messages since the last call (errors, warnings, CSP violations). */
  public static List<String> consoleMessages(WebDriver driver) {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .map(entry -> entry.getLevel() + " " + entry.getMessage())
        .toList();
  }

  /** Waits until Vaadin has no request in flight. */
  public static void waitForVaadin(WebDriver driver) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                            + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                            + " && Object.values(window.Vaadin.Flow.clients)"
                            + ".every(c => !c.isActive || !c.isActive()))")));
  }

  /**
   * Waits until an element with this CSS selector is present (up to 20 s), and returns its text.
   * The wait ends on a non-null result, so the condition gives the element or null, never an empty
   * {@code Optional}, which would end it at once.
   */
  public static String waitForText(WebDriver driver, String cssSelector) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .withMessage("an element " + cssSelector)
        .until(d -> d.findElements(By.cssSelector(cssSelector)).stream().findFirst().orElse(null))
        .getText();
  }

  /**
   * Clicks the element with this CSS selector once it is there (up to 20 s). A server round trip
   * can replace the element between finding and clicking it; the wait then finds it again instead
   * of failing on the stale reference.
   */
  public static void click(WebDriver driver, String cssSelector) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .withMessage("a clickable " + cssSelector)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> {
          var found = d.findElements(By.cssSelector(cssSelector));
          if (found.isEmpty()) {
            return false;
          }
          found.getFirst().click();
          return true;
        });
  }

  /** Signs in on the demo sign-in page by pressing the demo account's button. */
  public static void signInWithDemoAccount(WebDriver driver, String baseUrl, String email) {
    driver.get(baseUrl + "/login");
    waitForVaadin(driver);
    String buttonId = "demo-signin-" + email.split("@")[0].replace('.', '-');
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElements(By.id(buttonId)).stream().findFirst().orElse(null))
        .click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> !d.getCurrentUrl().contains("/login"));
    waitForVaadin(driver);
  }

  public static Path screenshot(WebDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs axe-core against the current page and fails on any WCAG 2.1 A/AA violation. */
  public static void assertAccessible(WebDriver driver) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    List<Rule> violations = results.getViolations();
    String report =
        violations.stream()
            .map(v ->
                v.getId()
                    + " ("
                    + v.getImpact()
                    + "): "
                    + v.getHelp()
                    + " at "
                    + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .limit(3)
                        .collect(Collectors.joining(", ")))
            .collect(Collectors.joining("\n"));
    assertThat(violations)
        .as("axe-core WCAG 2.1 AA violations on %s:\n%s", driver.getCurrentUrl(), report)
        .isEmpty();
  }
}
