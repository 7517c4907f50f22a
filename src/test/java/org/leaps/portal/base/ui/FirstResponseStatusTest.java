package org.leaps.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.testsupport.DemoSignInForm;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP, signed in through the demo sign-in form like a browser: the first response for a
 * typed address carries the real status (decision 098). An unknown address answers 404, a route the
 * role may not open 403 whatever record it names, a page of the role 200; each is still the
 * portal's page shell, which then draws the error view inside the menu. Anonymous people are still
 * sent to sign in, and Vaadin's own files and the health probe keep their status.
 */
@PortalBrowserTest
class FirstResponseStatusTest {

  @LocalServerPort int port;

  @Autowired RosterFixtures fixtures;

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** A page request as a browser sends it when an address is typed or a bookmark opened. */
  private HttpResponse<String> open(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .header("Sec-Fetch-Mode", "navigate")
            .header("Sec-Fetch-Dest", "document")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void signInAs(String email) throws Exception {
    HttpResponse<String> page = open("/login");
    String form = DemoSignInForm.body(page.body(), email);
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
  }

  /** Vaadin's page shell: the page that then loads the client and draws the view in the menu. */
  private static void assertPortalShell(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("text/html");
    assertThat(response.body()).contains("id=\"outlet\"");
  }

  @Test
  void anUnknownAddressAnswers404WithThePortalsPage() throws Exception {
    signInAs(SignIn.COUNSELOR);

    HttpResponse<String> unknown = open("/nonexistent-page");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertPortalShell(unknown);
    assertThat(open("/roster/12/nothing-here").statusCode()).isEqualTo(404);
  }

  @Test
  void aRouteTheRoleMayNotOpenAnswers403ForAnyRecordItNames() throws Exception {
    signInAs(SignIn.COUNSELOR);
    HttpResponse<String> roster = open("/roster");
    assertThat(roster.statusCode()).isEqualTo(403);
    assertPortalShell(roster);
    assertThat(open("/roster/1").statusCode()).isEqualTo(403);
    assertThat(open("/roster/987654321").statusCode()).isEqualTo(403);
    // The same person's own pages answer 200.
    assertThat(open("/").statusCode()).isEqualTo(200);
    assertThat(open("/availability").statusCode()).isEqualTo(200);
  }

  @Test
  void aLiaisonGetsTheSameStatusForAnExistingAndAnUnknownAlertNumber() throws Exception {
    signInAs(SignIn.LIAISON_GULFPORT);

    assertThat(open("/alerts/tracking/2").statusCode()).isEqualTo(403);
    assertThat(open("/alerts/tracking/987654").statusCode()).isEqualTo(403);
    assertThat(open("/alerts/tracking").statusCode()).isEqualTo(403);
    // A route with a parameter the role may open resolves with its parameter.
    Counselor own = fixtures.saved("GULFPORT-PD", RosterFixtures.unique("Status"));
    assertThat(open("/roster/" + own.getId()).statusCode()).isEqualTo(200);
    assertThat(open("/roster").statusCode()).isEqualTo(200);
  }

  @Test
  void anonymousPeopleAreStillSentToSignInAndOperationalAddressesKeepTheirStatus()
      throws Exception {
    for (String path : new String[] {"/roster", "/nonexistent-page", "/alerts/tracking/2"}) {
      HttpResponse<String> response = open(path);
      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
    }
    assertThat(open("/login").statusCode()).isEqualTo(200);
    assertThat(open("/actuator/health").statusCode()).isEqualTo(200);

    signInAs(SignIn.COUNSELOR);
    assertThat(open("/styles.css").statusCode()).isEqualTo(200);
    assertThat(open("/actuator/health").statusCode()).isEqualTo(200);
    // Vaadin's own requests are not page requests; a heartbeat without a UI is Vaadin's business.
    assertThat(open("/VAADIN/does-not-exist.js").statusCode()).isNotIn(403);
  }

  @Test
  void theFirstResponseCarriesNoRecordDataSoAHostileNameCannotBreakOutOfItsScript()
      throws Exception {
    String hostile = RosterFixtures.unique("<b>Bold</b><script>alert(1)</script>");
    fixtures.saved("GULFPORT-PD", hostile);
    signInAs(SignIn.LIAISON_GULFPORT);

    HttpResponse<String> roster = open("/roster");
    assertThat(roster.statusCode()).isEqualTo(200);
    // With vaadin.eagerServerLoad the roster's first rows would be inlined here unescaped
    // (decision 098); the page shell must carry none of them.
    assertThat(roster.body()).doesNotContain("alert(1)").doesNotContain("Bold");
  }
}
