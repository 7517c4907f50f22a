package org.leaps.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.DemoSignInForm;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo sign-in form and the response headers over real HTTP (decision 046): a sign-in post
 * without the CSRF token is refused (no login CSRF), the same post with the page's token signs in,
 * and every page carries the Content-Security-Policy, Referrer-Policy and Permissions-Policy.
 */
@PortalBrowserTest
class SignInHardeningTest {

  @LocalServerPort int port;

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postSignIn(String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String credentials() {
    return "username="
        + URLEncoder.encode(SignIn.DIRECTOR, StandardCharsets.UTF_8)
        + "&password=demo";
  }

  @Test
  void aSignInPostWithoutTheCsrfTokenIsRefused() throws Exception {
    HttpResponse<String> response = postSignIn(credentials());

    // Refused by the CSRF check: back to the sign-in page (Vaadin's handler for a missing token),
    // not on to the portal, although the same credentials sign in with the token (below).
    String location = response.headers().firstValue("Location").orElse("");
    assertThat(response.statusCode()).as("status, Location %s", location).isIn(302, 403);
    if (response.statusCode() == 302) {
      assertThat(location).contains("/login").doesNotContain("error");
    }
    // Not signed in: the portal still sends the browser to the sign-in page.
    HttpResponse<String> home = get("/");
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location")).get().asString().endsWith("/login");
  }

  @Test
  void theSameSignInPostWithThePagesTokenSignsIn() throws Exception {
    HttpResponse<String> page = get("/login");
    HttpResponse<String> response =
        postSignIn(credentials() + "&" + DemoSignInForm.csrfField(page.body()));

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    assertThat(get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void everyPageCarriesThePoliciesAndPlainHttpGetsNoHsts() throws Exception {
    for (String path : new String[] {"/login", "/", "/styles.css"}) {
      var headers = get(path).headers();
      assertThat(headers.firstValue("Content-Security-Policy"))
          .as(path)
          .hasValue(SecurityHeaders.contentSecurityPolicy(null));
      assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
          .contains("frame-ancestors 'none'", "object-src 'none'", "form-action 'self'");
      assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
      assertThat(headers.firstValue("Permissions-Policy"))
          .as(path)
          .get()
          .asString()
          .contains("camera=()", "microphone=()", "geolocation=()");
      assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(headers.firstValue("Strict-Transport-Security")).as(path).isEmpty();
    }
  }
}
