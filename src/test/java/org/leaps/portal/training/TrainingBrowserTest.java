package org.leaps.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.security.SystemAccess;
import org.leaps.portal.testsupport.Browser;
import org.leaps.portal.testsupport.Browsers;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.leaps.portal.testsupport.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: the Gulfport liaison enrolls a counselor whose certification has lapsed, staff
 * record attendance and completion of a 12-hour conference, and the counselor's record turns
 * privilege-eligible with nobody editing it. Every screen is checked with axe-core; the training
 * screens are also screenshotted on a 360 px phone.
 */
@PortalBrowserTest
class TrainingBrowserTest {

  @LocalServerPort int port;

  @RegisterExtension final Browsers browsers = new Browsers();

  @Autowired TrainingService training;
  @Autowired CounselorService counselors;
  @Autowired RosterFixtures roster;

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static WebDriverWait waiting(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  private static void open(WebDriver driver, String url) {
    driver.get(url);
    Browser.waitForVaadin(driver);
  }

  @Test
  void enrollmentThenCompletionTurnsTheBadgeEligible() {
    LocalDate today = training.today();
    String last = RosterFixtures.unique("Lapsedbrowser");
    Counselor draft = roster.draft("GULFPORT-PD", last);
    draft.setRecertificationDue(today.minusDays(5));
    Counselor lapsed = SystemAccess.call(() -> counselors.create(draft));
    TrainingEvent event =
        SystemAccess.call(() ->
            training.create(
                new EventDraft(
                    EventKind.CONFERENCE,
                    RosterFixtures.unique("Gulf Coast Peer Support Conference "),
                    today.minusDays(1),
                    today,
                    "Biloxi",
                    350,
                    12)));

    WebDriver liaison = browsers.open();
    Browser.signInWithDemoAccount(liaison, url(""), SignIn.LIAISON_GULFPORT);
    open(liaison, url("/training/" + event.getId()));
    assertThat(Browser.waitForText(liaison, "#event-heading")).isEqualTo(event.getTitle());
    WebElement input = liaison.findElement(By.cssSelector("#enroll-counselor input"));
    input.sendKeys(last);
    WebElement item =
        waiting(liaison)
            .until(d ->
                d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                    .filter(e -> e.getText().contains(last))
                    .findFirst()
                    .orElse(null));
    item.click();
    Browser.waitForVaadin(liaison);
    liaison.findElement(By.id("enroll-counselor-button")).click();
    waiting(liaison).until(d -> d.findElement(By.id("enrollment-grid")).getText().contains(last));
    assertThat(liaison.findElement(By.id("event-seats")).getText()).startsWith("1 of 350");
    Browser.screenshot(liaison, "training-event-liaison-desktop");
    Browser.assertAccessible(liaison);

    // One browser at a time: the shared machine is slow enough already.
    liaison.quit();
    WebDriver staff = browsers.open();
    Browser.signInWithDemoAccount(staff, url(""), SignIn.STAFF);
    open(staff, url("/roster/" + lapsed.getId()));
    assertThat(Browser.waitForText(staff, "#record-privilege")).isEqualTo("Not privilege-eligible");

    open(staff, url("/training/" + event.getId()));
    waiting(staff).until(d -> !d.findElements(By.cssSelector(".attended-button")).isEmpty());
    staff.findElement(By.cssSelector(".attended-button")).click();
    waiting(staff).until(d -> !d.findElements(By.cssSelector(".complete-button")).isEmpty());
    Browser.waitForVaadin(staff);
    staff.findElement(By.cssSelector(".complete-button")).click();
    waiting(staff).until(d -> !d.findElements(By.id("completion-save")).isEmpty());
    Browser.waitForVaadin(staff);
    Browser.screenshot(staff, "training-complete-dialog-desktop");
    Browser.assertAccessible(staff);
    staff.findElement(By.id("completion-save")).click();
    waiting(staff)
        .until(d -> d.findElement(By.id("enrollment-grid")).getText().contains("Completed"));
    Browser.screenshot(staff, "training-event-staff-desktop");

    open(staff, url("/roster/" + lapsed.getId()));
    assertThat(Browser.waitForText(staff, "#record-privilege")).isEqualTo("Privilege-eligible");
    Browser.screenshot(staff, "training-record-eligible-desktop");
    Browser.assertAccessible(staff);
  }

  @Test
  void theTrainingScreensWorkOnAPhone() {
    WebDriver staff = browsers.open(360, 780);
    Browser.signInWithDemoAccount(staff, url(""), SignIn.STAFF);
    open(staff, url("/training"));
    waiting(staff).until(d -> d.findElement(By.id("events-grid")).getText().contains("seats"));
    Browser.screenshot(staff, "training-events-phone");
    Browser.assertAccessible(staff);

    TrainingEvent conference =
        SystemAccess.call(() ->
            training
                .page(
                    EventKind.CONFERENCE,
                    true,
                    org.springframework.data.domain.PageRequest.of(0, 20))
                .stream()
                .filter(e -> e.getTitle().startsWith("School Safety"))
                .findFirst()
                .orElseThrow());
    open(staff, url("/training/" + conference.getId() + "/check-in"));
    waiting(staff)
        .until(d -> d.findElement(By.id("check-in-progress")).getText().contains("checked in"));
    Browser.screenshot(staff, "training-check-in-phone");
    Browser.assertAccessible(staff);

    open(staff, url("/training/current"));
    waiting(staff).until(d -> !d.findElements(By.cssSelector(".currency-tile")).isEmpty());
    Browser.screenshot(staff, "training-current-phone");
    Browser.assertAccessible(staff);

    WebDriver counselor = browsers.open(360, 780);
    Browser.signInWithDemoAccount(counselor, url(""), SignIn.COUNSELOR);
    open(counselor, url("/my-training"));
    assertThat(Browser.waitForText(counselor, "#my-eligibility"))
        .containsIgnoringCase("privilege-eligible");
    Browser.screenshot(counselor, "training-mine-phone");
    Browser.assertAccessible(counselor);
  }
}
