package org.leaps.portal.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leaps.portal.testsupport.Browser;
import org.leaps.portal.testsupport.Browsers;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.leaps.portal.testsupport.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium, the import preview lists long problem messages (values echoed back, one of them a
 * long unbroken word) in full on a 360 px phone and on the desktop: each wraps inside its cell,
 * none is cut off or ends in an ellipsis.
 */
@PortalBrowserTest
class ImportPreviewBrowserTest {

  private static final String LONG_CODE = "GULFPORT-POLICE-DEPARTMENT-HARBOR-DIVISION-NIGHT-WATCH";

  @LocalServerPort int port;

  @RegisterExtension final Browsers browsers = new Browsers();

  private static Path fileWithLongProblems() throws Exception {
    String header =
        "first_name,last_name,rank,badge_number,agency_code,home_county,email,work_phone,"
            + "mobile_phone,status,specialties,basic_course_date,certifying_body,designation_date,"
            + "recertification_due,ce_hours,admin_notes";
    String rows =
        String.join(
            "\n",
            header,
            "Long,Code,,,GULFPORT-PD,Harrison,long.code@test.invalid,,,,,,,,,,",
            "Long,Agency," + ",," + LONG_CODE + ",Harrison,long.agency@test.invalid,,,,,,,,,,",
            "Long,County,,,GULFPORT-PD,Somewhere far down the coast past the harbour lights,"
                + "long.county@test.invalid,,,,,,,,,,",
            "Long,Specialty,,,GULFPORT-PD,Harrison,long.specialty@test.invalid,,,,"
                + "Critical incidents involving several agencies and a long night,,,,,,",
            "Long,Hours,,,GULFPORT-PD,Harrison,long.hours@test.invalid,,,,,,,,,"
                + "twelve and a half hours of continuing education,");
    Path file = Files.createTempFile("long-problems-", ".csv");
    Files.writeString(file, rows + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void longProblemMessagesWrapOnAPhoneAndOnTheDesktop() throws Exception {
    Path file = fileWithLongProblems();
    for (int width : new int[] {360, 1280}) {
      WebDriver driver = browsers.open(width, width == 360 ? 780 : 900);
      Browser.signInWithDemoAccount(driver, "http://localhost:" + port, SignIn.LIAISON_GULFPORT);
      driver.get("http://localhost:" + port + "/roster/import");
      Browser.waitForVaadin(driver);
      var upload = driver.findElement(By.id("import-upload"));
      var input =
          ((JavascriptExecutor) driver)
              .executeScript(
                  "const u = arguments[0];"
                      + " return u.querySelector('input[type=file]')"
                      + " || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));",
                  upload);
      ((org.openqa.selenium.WebElement) input).sendKeys(file.toAbsolutePath().toString());
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(d -> d.findElement(By.id("import-summary")).getText().contains("problem"));
      Browser.waitForVaadin(driver);
      ((JavascriptExecutor) driver)
          .executeScript(
              "document.getElementById('import-problems').scrollIntoView({block: 'start'})");
      Browser.screenshot(driver, "import-preview-problems-" + width);

      @SuppressWarnings("unchecked")
      List<Map<String, Object>> cells =
          (List<Map<String, Object>>)
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "const grid = document.getElementById('import-problems');"
                          + " const box = grid.getBoundingClientRect();"
                          + " return [...grid.querySelectorAll('vaadin-grid-cell-content')]"
                          + " .filter(c => c.textContent.length > 30).map(c => {"
                          + "   const r = c.getBoundingClientRect();"
                          + "   const s = getComputedStyle(c);"
                          + "   return {text: c.textContent, scroll: c.scrollWidth,"
                          + "     client: c.clientWidth, right: r.right, gridRight: box.right,"
                          + "     overflow: s.textOverflow, space: s.whiteSpace};"
                          + " });");
      assertThat(cells).as("long problem messages at %d px", width).hasSizeGreaterThanOrEqualTo(4);
      assertThat(cells)
          .as("problem messages at %d px", width)
          .allSatisfy(cell -> {
            String text = (String) cell.get("text");
            assertThat(text).doesNotEndWith("…");
            assertThat(((Number) cell.get("scroll")).doubleValue())
                .as("%s fits its cell (no clipped text)", text)
                .isLessThanOrEqualTo(((Number) cell.get("client")).doubleValue() + 1);
            assertThat(cell.get("space")).as("%s wraps", text).isNotEqualTo("nowrap");
            assertThat(((Number) cell.get("right")).doubleValue())
                .as("%s is visible without scrolling sideways", text)
                .isLessThanOrEqualTo(((Number) cell.get("gridRight")).doubleValue() + 1);
          });
      assertThat(cells)
          .anySatisfy(cell -> assertThat((String) cell.get("text")).contains(LONG_CODE));
    }
  }
}
