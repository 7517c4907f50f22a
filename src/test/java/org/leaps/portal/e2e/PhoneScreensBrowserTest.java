package org.leaps.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leaps.portal.testsupport.AvailabilityUndo;
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

/** At 360 px: nothing widens the page, and a toast never hides the button a person needs. */
@PortalBrowserTest
class PhoneScreensBrowserTest {

  @LocalServerPort int port;

  @RegisterExtension final Browsers browsers = new Browsers();

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  private static long number(WebDriver driver, String script) {
    return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
  }

  @Test
  void tappingACountyOnTheCoverageMapKeepsThePageAtPhoneWidth() {
    WebDriver driver = browsers.open(360, 780);
    Browser.signInWithDemoAccount(driver, baseUrl(), SignIn.LIAISON_GULFPORT);
    driver.get(baseUrl() + "/coverage");
    Browser.waitForVaadin(driver);
    Browser.waitForText(driver, "#coverage-gaps");
    WebElement harrison = driver.findElement(By.cssSelector("path.county[data-fips='28047']"));
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", harrison);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("responders-heading")).getText().contains("Harrison"));
    Browser.waitForVaadin(driver);

    long viewport = number(driver, "return document.documentElement.clientWidth;");
    assertThat(number(driver, "return document.documentElement.scrollWidth;"))
        .as("page width after choosing a county")
        .isLessThanOrEqualTo(viewport);
    assertThat(
            number(
                driver,
                "return Math.ceil(document.querySelector('.panel-column')"
                    + ".getBoundingClientRect().right);"))
        .isLessThanOrEqualTo(viewport);
    // The table of counties is part of the page, not a box with its own scroll.
    assertThat(
            number(
                driver,
                "const g = document.getElementById('coverage-table');"
                    + " return g.scrollHeight - g.clientHeight;"))
        .isLessThanOrEqualTo(2);
    Browser.screenshot(driver, "coverage-county-chosen-phone");
  }

  @Test
  void theSavedToastLeavesTheCounselorFormsSaveButtonFree() {
    WebDriver driver = browsers.open(360, 780);
    Browser.signInWithDemoAccount(driver, baseUrl(), SignIn.LIAISON_GULFPORT);
    driver.get(baseUrl() + "/roster/new");
    Browser.waitForVaadin(driver);
    driver.findElement(By.id("save")).click();
    Browser.waitForVaadin(driver);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
    Browser.screenshot(driver, "counselor-form-toast-phone");
    String overlap =
        "const save = document.getElementById('save').getBoundingClientRect();"
            + " return [...document.querySelectorAll('vaadin-notification-card')].filter(c => {"
            + " const r = c.getBoundingClientRect();"
            + " return r.width > 0 && r.left < save.right && r.right > save.left"
            + " && r.top < save.bottom && r.bottom > save.top; }).length;";
    assertThat(number(driver, overlap)).as("toasts covering Save").isZero();
    assertThat(driver.findElement(By.id("first-name")).getDomProperty("errorMessage"))
        .isEqualTo("First name is required");
  }

  @Test
  void removingAnOnCallTimeOffersUndo() {
    WebDriver driver = browsers.open(360, 780);
    Browser.signInWithDemoAccount(driver, baseUrl(), SignIn.COUNSELOR);
    driver.get(baseUrl() + "/availability");
    Browser.waitForVaadin(driver);
    AvailabilityUndo.removeFirstOnCallTimeAndUndo(driver, "availability-undo-phone");
  }
}
