package org.leaps.portal.peer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leaps.portal.peer.ui.FindPeerView;
import org.leaps.portal.security.DemoAccount;
import org.leaps.portal.testsupport.Browser;
import org.leaps.portal.testsupport.Browsers;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.leaps.portal.testsupport.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a 360 px phone the demo officer signs in, lands on Find a peer and has someone from another
 * agency to call or text within seconds; the page passes axe-core; and the server's log of those
 * real requests never names the officer. The director's desktop view shows the page-view counts.
 */
@PortalBrowserTest
@ExtendWith(OutputCaptureExtension.class)
class FindPeerBrowserTest {

  private static final DemoAccount OFFICER =
      DemoAccount.ALL.stream().filter(a -> a.email().equals(SignIn.OFFICER)).findFirst().get();

  @LocalServerPort int port;

  @RegisterExtension final Browsers browsers = new Browsers();
  @Autowired SignIn signIn;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  @Test
  void theDemoOfficerFindsAPeerOnAPhone(CapturedOutput output) {
    WebDriver phone = browsers.open(360, 780);
    long started = System.nanoTime();
    Browser.signInWithDemoAccount(phone, baseUrl(), SignIn.OFFICER);
    new WebDriverWait(phone, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector("#peer-list .peer-call")).isEmpty());
    long secondsToFirstPeer = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    assertThat(secondsToFirstPeer).as("sign-in to a peer to call").isLessThan(30);
    assertThat(phone.getCurrentUrl()).endsWith("/find-a-peer");

    assertThat(Browser.waitForText(phone, "#privacy-promise"))
        .isEqualTo(FindPeerView.PRIVACY_PROMISE);
    // The list is live: an availability change anywhere re-renders it, so a card found a moment
    // ago may be gone. Everything about the cards is therefore read in one script, at one instant.
    Browser.waitForVaadin(phone);
    @SuppressWarnings("unchecked")
    List<String> agencies =
        (List<String>)
            ((JavascriptExecutor) phone)
                .executeScript(
                    "return Array.from(document.querySelectorAll('#peer-list .peer-card"
                        + " .peer-agency'), e => e.textContent)");
    assertThat(agencies).isNotEmpty().doesNotContain("Gulfport Police Department");
    @SuppressWarnings("unchecked")
    Map<String, Object> call =
        (Map<String, Object>)
            ((JavascriptExecutor) phone)
                .executeScript(
                    "const a = document.querySelector('#peer-list .peer-call');"
                        + " return {href: a.getAttribute('href'),"
                        + " label: a.getAttribute('aria-label'),"
                        + " height: a.getBoundingClientRect().height};");
    assertThat((String) call.get("href")).matches("tel:\\+1\\d{10}");
    assertThat((String) call.get("label")).startsWith("Call ");
    assertThat(((Number) call.get("height")).doubleValue())
        .as("a thumb-sized tap target")
        .isGreaterThanOrEqualTo(44);
    long nav = phone.findElements(By.cssSelector("vaadin-side-nav-item")).size();
    assertThat(nav).as("the officer's navigation holds Find a peer only").isEqualTo(1);
    Browser.screenshot(phone, "find-a-peer-officer-phone");
    Browser.assertAccessible(phone);

    Browser.click(phone, "#more-filters vaadin-details-summary");
    Browser.waitForVaadin(phone);
    Browser.screenshot(phone, "find-a-peer-officer-phone-filters");
    Browser.assertAccessible(phone);

    phone.get(baseUrl() + "/roster");
    Browser.waitForVaadin(phone);
    assertThat(phone.findElements(By.cssSelector("vaadin-grid"))).as("no roster").isEmpty();

    String log = output.getAll();
    assertThat(log).doesNotContainIgnoringCase(OFFICER.email());
    assertThat(log).doesNotContain(OFFICER.displayName());
  }

  @Test
  void theDirectorSeesTheCountsOnTheDesktop() {
    WebDriver desktop = browsers.open();
    Browser.signInWithDemoAccount(desktop, baseUrl(), SignIn.DIRECTOR);
    desktop.get(baseUrl() + "/find-a-peer");
    Browser.waitForVaadin(desktop);
    Browser.waitForText(desktop, "#peer-list .peer-card");
    Browser.click(desktop, "#more-filters vaadin-details-summary");
    WebElement views = desktop.findElement(By.cssSelector("#page-views vaadin-details-summary"));
    ((JavascriptExecutor) desktop).executeScript("arguments[0].scrollIntoView();", views);
    views.click();
    Browser.waitForVaadin(desktop);
    assertThat(Browser.waitForText(desktop, "#page-views-total")).startsWith("Last 30 days: ");
    Browser.screenshot(desktop, "find-a-peer-director-desktop");
    Browser.assertAccessible(desktop);
  }
}
