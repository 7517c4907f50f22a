package org.leaps.portal.counselor;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, a liaison filters the roster and opens a record, at desktop width and on a 360 px
 * phone; each screen is screenshotted and checked with axe-core.
 */
@PortalBrowserTest
class RosterBrowserTest {

  @LocalServerPort int port;

  @RegisterExtension final Browsers browsers = new Browsers();

  private WebDriver driver;

  private void filterAndOpen(String prefix) {
    Browser.signInWithDemoAccount(driver, "http://localhost:" + port, SignIn.LIAISON_GULFPORT);
    driver.get("http://localhost:" + port + "/roster");
    Browser.waitForVaadin(driver);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("roster-total")).getText().endsWith("counselors"));
    assertThat(Browser.waitForText(driver, "#roster-total")).endsWith("counselors");
    WebElement search = driver.findElement(By.cssSelector("#filter-name input"));
    search.sendKeys("Delacroix");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("roster-total")).getText().equals("1 counselor"));
    Browser.waitForVaadin(driver);
    assertThat(driver.findElement(By.cssSelector(".roster-name")).getText())
        .isEqualTo("Delacroix, Hannah");
    // The folded filters are made on first opening (decision 116) and work as before.
    driver.findElement(By.cssSelector("#roster-more-filters vaadin-details-summary")).click();
    WebElement county =
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .until(d ->
                d.findElements(By.cssSelector("#filter-county input")).stream()
                    .findFirst()
                    .orElse(null));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", county);
    county.click();
    county.sendKeys("Forrest");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d ->
            d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(item -> item.getText().equals("Forrest"))
                .findFirst()
                .orElse(null))
        .click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("roster-total")).getText().equals("0 counselors"));
    Browser.screenshot(driver, "roster-more-filters-" + prefix);
    driver.findElement(By.id("filter-clear")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("roster-total")).getText().endsWith("counselors"));
    driver.findElement(By.cssSelector("#roster-more-filters vaadin-details-summary")).click();
    search.sendKeys("Delacroix");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("roster-total")).getText().equals("1 counselor"));
    Browser.waitForVaadin(driver);
    Browser.screenshot(driver, "roster-" + prefix);
    Browser.assertAccessible(driver);

    driver.findElement(By.cssSelector(".roster-name-cell")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().matches(".*/roster/[0-9]+$"));
    Browser.waitForVaadin(driver);
    assertThat(Browser.waitForText(driver, "#record-heading")).isEqualTo("Hannah Delacroix");
    assertThat(driver.findElement(By.id("record-privilege")).getText())
        .isEqualTo("Privilege-eligible");
    Browser.screenshot(driver, "counselor-record-" + prefix);
    Browser.assertAccessible(driver);
  }

  @Test
  void liaisonFiltersAndOpensARecordOnTheDesktop() {
    driver = browsers.open();
    filterAndOpen("desktop");
  }

  @Test
  void liaisonFiltersAndOpensARecordOnAPhone() {
    driver = browsers.open(360, 780);
    filterAndOpen("phone");
  }
}
