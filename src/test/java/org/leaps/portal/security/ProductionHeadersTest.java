package org.leaps.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.SecurityStrategyExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Profile prod behind a TLS proxy (decision 046): a request the configured proxy forwards as HTTPS
 * gets HSTS and a Secure session cookie; the same forwarded header from any other address is not
 * believed.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.security.oauth2.client.registration.keycloak.client-secret=test-only-secret",
      "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1"
    })
@ActiveProfiles({"test", "keycloak", "prod"})
@org.junit.jupiter.api.extension.ExtendWith(SecurityStrategyExtension.class)
class ProductionHeadersTest {

  @LocalServerPort int port;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private HttpHeaders headers(String host, boolean forwardedHttps) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/signin-failed"));
    if (forwardedHttps) {
      request.header("X-Forwarded-Proto", "https");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).headers();
  }

  @Test
  void theTrustedProxysHttpsGetsHstsAndASecureSessionCookie() throws Exception {
    HttpHeaders headers = headers("127.0.0.1", true);
    assertThat(headers.firstValue("Strict-Transport-Security"))
        .get()
        .asString()
        .contains("max-age=31536000", "includeSubDomains");
    assertThat(headers.allValues("Set-Cookie"))
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c).contains("Secure", "HttpOnly"));
    assertThat(headers.firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("form-action 'self' http://localhost:8180");
  }

  @Test
  void plainHttpGetsNoHsts() throws Exception {
    assertThat(headers("127.0.0.1", false).firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void aForwardedHeaderFromAnyOtherAddressIsNotBelieved() throws Exception {
    Optional<String> otherAddress = nonLoopbackAddress();
    assumeTrue(otherAddress.isPresent(), "this machine has no non-loopback IPv4 address");
    assertThat(headers(otherAddress.get(), true).firstValue("Strict-Transport-Security")).isEmpty();
  }

  private static Optional<String> nonLoopbackAddress() throws Exception {
    for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
      if (!network.isUp() || network.isLoopback()) {
        continue;
      }
      for (InetAddress address : network.inetAddresses().toList()) {
        if (address instanceof Inet4Address) {
          return Optional.of(address.getHostAddress());
        }
      }
    }
    return Optional.empty();
  }

  /** Test support signs in through a demo UserDetailsService, which oidc mode does not have. */
  @org.springframework.boot.test.context.TestConfiguration
  static class NoDemoSignIn {

    @org.springframework.context.annotation.Bean
    org.springframework.security.core.userdetails.UserDetailsService noDemoSignIn() {
      return username -> {
        throw new org.springframework.security.core.userdetails.UsernameNotFoundException(username);
      };
    }
  }
}
