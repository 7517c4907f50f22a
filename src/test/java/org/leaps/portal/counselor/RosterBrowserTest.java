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

  /** Signs in with a demo account and opens the roster until its total is shown. */
  private void openRosterAs(String account) {
    Browser.signInWithDemoAccount(driver, "http://localhost:" + port, account);
    driver.get("http://localhost:" + port + "/roster");
    Browser.waitForVaadin(driver);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("roster-total")).getText().endsWith("counselors"));
  }

  private void filterAndOpen(String prefix) {
    openRosterAs(SignIn.LIAISON_GULFPORT);
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
    assertThat(driver.findElement(By.cssSelector("#roster-grid [slot=empty-state]")).getText())
        .isEqualTo("No counselors match these filters.");
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
    // One agency: no Agency column (decision 121); the labels drawn as markup read as before.
    assertThat(sortableHeaders()).doesNotContain("Agency");
    assertThat(driver.findElement(By.id("roster-add")).getText()).isEqualTo("Add counselor");
    assertThat(driver.findElements(By.cssSelector("#roster-add vaadin-icon[icon='vaadin:plus']")))
        .hasSize(1);
    WebElement template = driver.findElement(By.id("roster-template"));
    assertThat(template.getText()).isEqualTo("Download the CSV template");
    assertThat(template.getAttribute("download")).isEqualTo("roster-template.csv");
    assertThat(template.getAttribute("href")).startsWith("data:text/csv;charset=utf-8,first_name");

    // Add and Import are links to their pages; the name is the link to the record.
    assertThat(driver.findElement(By.id("roster-add")).getAttribute("href"))
        .endsWith("/roster/new");
    assertThat(driver.findElement(By.id("roster-import")).getAttribute("href"))
        .endsWith("/roster/import");
    driver.findElement(By.cssSelector("a.roster-name")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().matches(".*/roster/[0-9]+$"));
    Browser.waitForVaadin(driver);
    assertThat(Browser.waitForText(driver, "#record-heading")).isEqualTo("Hannah Delacroix");
    assertThat(driver.findElement(By.id("record-privilege")).getText())
        .isEqualTo("Privilege-eligible");
    Browser.screenshot(driver, "counselor-record-" + prefix);
    Browser.assertAccessible(driver);
  }

  /** The headers of the sortable columns, as the browser shows them, left to right. */
  @SuppressWarnings("unchecked")
  private java.util.List<String> sortableHeaders() {
    return (java.util.List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return Array.from(document.querySelectorAll('#roster-grid vaadin-grid-sorter'))"
                    + ".map(s => s.textContent.trim());");
  }

  private void directorSeesEveryAgency(String prefix) {
    openRosterAs(SignIn.DIRECTOR);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector(".roster-name")).isEmpty());
    Browser.waitForVaadin(driver);
    if (prefix.equals("desktop")) {
      assertThat(sortableHeaders()).contains("Agency", "County", "Region");
    }
    Browser.screenshot(driver, "roster-director-" + prefix);
    Browser.assertAccessible(driver);
  }

  @Test
  void directorSeesTheAgencyColumnOnTheDesktopAndAPhone() {
    driver = browsers.open();
    directorSeesEveryAgency("desktop");
    driver = browsers.open(360, 780);
    directorSeesEveryAgency("phone");
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
