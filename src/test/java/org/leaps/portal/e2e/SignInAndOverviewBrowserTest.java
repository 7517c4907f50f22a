package org.leaps.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leaps.portal.testsupport.Browser;
import org.leaps.portal.testsupport.Browsers;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.leaps.portal.testsupport.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person opens the portal in Chromium, signs in with a demo account and sees real figures. */
@PortalBrowserTest
class SignInAndOverviewBrowserTest {

  @LocalServerPort int port;

  @RegisterExtension final Browsers browsers = new Browsers();

  private WebDriver driver;

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  @Test
  void signInPageOffersLabelledDemoAccountsAndIsAccessible() {
    driver = browsers.open();
    driver.get(baseUrl() + "/");
    Browser.waitForVaadin(driver);
    assertThat(driver.getCurrentUrl()).endsWith("/login");
    assertThat(Browser.waitForText(driver, ".demo-accounts")).contains("DEMO DATA", "fictional");
    Browser.screenshot(driver, "login-desktop");
    Browser.assertAccessible(driver);
  }

  @Test
  void directorSignsInAndSeesStatewideOverview() {
    driver = browsers.open();
    Browser.signInWithDemoAccount(driver, baseUrl(), SignIn.DIRECTOR);
    String activeCounselors = Browser.waitForText(driver, "#active-counselors .tile-value");
    assertThat(Integer.parseInt(activeCounselors.replace(",", ""))).isGreaterThan(600);
    assertThat(driver.findElement(By.id("user-agency")).getText()).isEqualTo("Statewide");
    assertThat(driver.findElements(By.cssSelector("#region-chart .bar-row"))).hasSize(9);
    Browser.screenshot(driver, "overview-director-desktop");
    Browser.assertAccessible(driver);
  }

  @Test
  void liaisonOnAPhoneSeesOwnAgencyOnly() {
    driver = browsers.open(360, 780);
    Browser.signInWithDemoAccount(driver, baseUrl(), SignIn.LIAISON_HATTIESBURG);
    assertThat(Browser.waitForText(driver, "#scope-line"))
        .isEqualTo("Showing: Hattiesburg Police Department");
    assertThat(Browser.waitForText(driver, "#active-agencies .tile-value")).isEqualTo("1");
    Browser.screenshot(driver, "overview-liaison-phone");
    Browser.assertAccessible(driver);
  }
}
