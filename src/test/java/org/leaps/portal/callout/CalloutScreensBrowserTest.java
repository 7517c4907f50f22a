package org.leaps.portal.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leaps.portal.alert.AckTokens;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.AvailabilityStatus;
import org.leaps.portal.availability.DemoCounselor;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.security.SystemAccess;
import org.leaps.portal.testsupport.Browser;
import org.leaps.portal.testsupport.Browsers;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.leaps.portal.testsupport.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every callout screen in real Chromium at desktop (1280 px) and phone (360 px) width, each checked
 * with axe-core (WCAG 2.1 AA) and for content wider than the window, with screenshots in
 * target/screenshots to look at: the board, the open form, a callout with its clock, timeline and
 * lists, the reports and their printable page (director); my callouts and the email-link answer
 * page (counselor).
 */
@PortalBrowserTest
class CalloutScreensBrowserTest {

  @LocalServerPort int port;

  @RegisterExtension final Browsers browsers = new Browsers();
  @Autowired AvailabilityService availability;
  @Autowired CounselorService counselors;
  @Autowired CalloutService callouts;
  @Autowired CalloutTestData data;
  @Autowired AckTokens tokens;
  @Autowired SignIn signIn;

  private CalloutSummary onIt;
  private CalloutSummary asked;

  @AfterEach
  void closeTheCallouts() {
    signIn.as(SignIn.DIRECTOR);
    for (CalloutSummary c : new CalloutSummary[] {onIt, asked}) {
      if (c != null && callouts.find(c.id()).orElseThrow().state() != CalloutState.CLOSED) {
        callouts.close(c.id());
      }
    }
    signIn.out();
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  private CalloutSummary open(String zip, int needed, String meetingPoint) {
    signIn.as(SignIn.DIRECTOR);
    return callouts.open(
        new CalloutRequest(
            data.roster().agency("HATTIESBURG-PD").getId(),
            zip,
            null,
            meetingPoint,
            CalloutCategory.SCHOOL_INCIDENT,
            needed,
            Instant.now().minus(Duration.ofMinutes(4)),
            false));
  }

  /** Looks at the page: no axe violation, nothing wider than the window, and a screenshot. */
  private static void look(WebDriver driver, String url, String waitFor, String name) {
    driver.get(url);
    Browser.waitForVaadin(driver);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector(waitFor)).isEmpty());
    Browser.waitForVaadin(driver);
    Browser.screenshot(driver, name);
    Browser.assertAccessible(driver);
    long overflow =
        (Long)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth");
    assertThat(overflow).as("%s is wider than the window", name).isLessThanOrEqualTo(0);
    Object clippedGrids =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return [...document.querySelectorAll('vaadin-grid')].filter(g => {"
                    + " const t = g.shadowRoot && g.shadowRoot.querySelector('#table');"
                    + " return t && t.scrollWidth > t.clientWidth + 1; }).map(g => g.id)");
    assertThat((java.util.List<?>) clippedGrids)
        .as("grids on %s whose columns do not fit", name)
        .isEmpty();
  }

  @Test
  void everyCalloutScreenAtDesktopAndPhoneWidth() {
    Long hannah =
        DemoCounselor.withStatus(availability, signIn, AvailabilityStatus.AVAILABLE).counselorId();
    String zip = data.unusedZip();
    SystemAccess.run(() -> {
      Counselor record = counselors.findInScope(hannah).orElseThrow();
      record.setHomeZip(zip);
      counselors.update(record);
      availability.reloadIndex();
    });
    asked = open(zip, 1, "Gym entrance on the east side");
    onIt = open(zip, 2, "Staging area behind the fire station");
    callouts.dispatch(asked.id());
    callouts.dispatch(onIt.id());
    signIn.as(SignIn.COUNSELOR);
    long onItOffer =
        callouts.mine().stream()
            .filter(o -> o.callout().id() == onIt.id())
            .findFirst()
            .orElseThrow()
            .offer()
            .offerId();
    long askedOffer =
        callouts.mine().stream()
            .filter(o -> o.callout().id() == asked.id())
            .findFirst()
            .orElseThrow()
            .offer()
            .offerId();
    assertThat(callouts.accept(onItOffer)).isEqualTo(AnswerOutcome.ACCEPTED);
    callouts.markEnRoute(onItOffer);
    signIn.out();
    String link = "/callouts/respond/" + tokens.createFor(CalloutService.TOKEN_PURPOSE, askedOffer);

    WebDriver director = browsers.open(1280, 1400);
    Browser.signInWithDemoAccount(director, baseUrl(), SignIn.DIRECTOR);
    WebDriver counselor = browsers.open(1280, 1400);
    Browser.signInWithDemoAccount(counselor, baseUrl(), SignIn.COUNSELOR);
    for (int width : new int[] {1280, 360}) {
      String size = width == 360 ? "phone" : "desktop";
      director.manage().window().setSize(new Dimension(width, 1400));
      counselor.manage().window().setSize(new Dimension(width, 1400));
      look(director, baseUrl() + "/callouts", ".callout-card", "screens-board-" + size);
      look(director, baseUrl() + "/callouts/new", "#open-callout", "screens-open-" + size);
      look(
          director,
          baseUrl() + "/callout/" + onIt.id(),
          "#asked vaadin-grid-cell-content",
          "screens-callout-" + size);
      look(director, baseUrl() + "/callouts/reports", "#report svg", "screens-reports-" + size);
      look(
          director,
          baseUrl() + "/callouts/reports/print",
          "#report table",
          "screens-reports-print-" + size);
      look(counselor, baseUrl() + "/callouts/mine", ".offer-card", "screens-mine-" + size);
      look(counselor, baseUrl() + link, ".offer-card .accept", "screens-respond-" + size);
    }
  }
}
