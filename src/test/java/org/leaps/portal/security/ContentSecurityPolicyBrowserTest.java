package org.leaps.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leaps.portal.testsupport.Browser;
import org.leaps.portal.testsupport.Browsers;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.leaps.portal.testsupport.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Chromium walks the portal's screens under the Content-Security-Policy (decision 046) as the
 * director and as a counselor, and reads the browser console: no violation is reported, and each
 * screen is drawn (the app shell is there), so the policy does not break Vaadin.
 */
@PortalBrowserTest
class ContentSecurityPolicyBrowserTest {

  private static final List<String> DIRECTOR_SCREENS =
      List.of(
          "",
          "roster",
          "roster/import",
          "agencies",
          "respond",
          "coverage",
          "alerts",
          "alerts/compose",
          "alerts/follow-up",
          "alerts/tracking",
          "audit");

  @LocalServerPort int port;

  @RegisterExtension final Browsers browsers = new Browsers();

  private String portal() {
    return "http://localhost:" + port;
  }

  private List<String> walk(WebDriver driver, List<String> screens) {
    List<String> violations = new ArrayList<>(cspMessages(driver, "sign-in"));
    for (String screen : screens) {
      driver.get(portal() + "/" + screen);
      Browser.waitForVaadin(driver);
      assertThat(driver.findElements(By.id("sign-out")))
          .as("app shell on /%s", screen)
          .isNotEmpty();
      violations.addAll(cspMessages(driver, screen));
    }
    return violations;
  }

  private static List<String> cspMessages(WebDriver driver, String where) {
    return Browser.consoleMessages(driver).stream()
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
        .map(m -> "/" + where + ": " + m)
        .toList();
  }

  @Test
  void directorScreensReportNoPolicyViolation() {
    WebDriver driver = browsers.open();
    driver.get(portal() + "/login");
    Browser.waitForVaadin(driver);
    assertThat(cspMessages(driver, "login")).isEmpty();
    Browser.signInWithDemoAccount(driver, portal(), SignIn.DIRECTOR);

    assertThat(walk(driver, DIRECTOR_SCREENS)).isEmpty();
  }

  @Test
  void counselorScreensReportNoPolicyViolation() {
    WebDriver driver = browsers.open(360, 780);
    Browser.signInWithDemoAccount(driver, portal(), SignIn.COUNSELOR);

    assertThat(walk(driver, List.of("", "availability", "alerts"))).isEmpty();
  }

  @Test
  void theSignInFailurePageReportsNoPolicyViolation() {
    WebDriver driver = browsers.open(360, 780);
    driver.get(portal() + "/signin-failed?reason=link-refused");
    Browser.waitForVaadin(driver);
    assertThat(Browser.waitForText(driver, "#signin-failed-title"))
        .isEqualTo("Your sign-in could not be linked to your portal record");
    assertThat(driver.findElement(By.id("signin-retry")).getText()).isEqualTo("Try again");
    Browser.screenshot(driver, "signin-failed-phone");
    Browser.assertAccessible(driver);
    assertThat(cspMessages(driver, "signin-failed")).isEmpty();
  }
}
