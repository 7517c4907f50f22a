package org.leaps.portal.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leaps.portal.testsupport.Browser;
import org.leaps.portal.testsupport.Browsers;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.leaps.portal.testsupport.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The director finds an agency and opens it, with its liaisons and the assign form, on a desktop
 * and on a phone; each screen is screenshotted and checked with axe-core.
 */
@PortalBrowserTest
class AgenciesBrowserTest {

  @LocalServerPort int port;

  @RegisterExtension final Browsers browsers = new Browsers();

  private WebDriver driver;

  private void openGulfport(String device) {
    Browser.signInWithDemoAccount(driver, "http://localhost:" + port, SignIn.DIRECTOR);
    driver.get("http://localhost:" + port + "/agencies");
    Browser.waitForVaadin(driver);
    driver.findElement(By.cssSelector("#agency-search input")).sendKeys("Gulfport");
    // The grid reuses its cells while it pages, so a cell found a moment ago may be gone.
    var wait =
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .ignoring(StaleElementReferenceException.class);
    wait.until(d ->
        d.findElements(By.cssSelector("#agency-grid vaadin-grid-cell-content")).stream()
            .anyMatch(c -> c.getText().equals("Gulfport Police Department")));
    Browser.waitForVaadin(driver);
    Browser.screenshot(driver, "agencies-director-" + device);
    Browser.assertAccessible(driver);

    driver.findElements(By.cssSelector("#agency-grid vaadin-grid-cell-content")).stream()
        .filter(c -> c.getText().equals("Gulfport Police Department"))
        .findFirst()
        .orElseThrow()
        .click();
    wait.until(d -> !d.findElements(By.cssSelector(".liaison-item")).isEmpty());
    Browser.waitForVaadin(driver);
    assertThat(driver.findElement(By.cssSelector(".liaison-item")).getText())
        .contains("Renee Carter", SignIn.LIAISON_GULFPORT);
    assertThat(driver.findElements(By.cssSelector(".liaison-remove"))).isNotEmpty();
    Browser.screenshot(driver, "agency-dialog-director-" + device);
    Browser.assertAccessible(driver);
  }

  @Test
  void directorOpensAnAgencyWithItsLiaisonsOnTheDesktop() {
    driver = browsers.open();
    openGulfport("desktop");
  }

  @Test
  void directorOpensAnAgencyWithItsLiaisonsOnAPhone() {
    driver = browsers.open(360, 780);
    openGulfport("phone");
  }
}
