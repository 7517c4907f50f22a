package org.leaps.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leaps.portal.LeapsPortalApplication;
import org.leaps.portal.testsupport.Browser;
import org.leaps.portal.testsupport.Browsers;
import org.leaps.portal.testsupport.KeycloakLinks;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Single sign-on end to end: real Keycloak 26 with the realm export, the portal in profile keycloak
 * (leaps.auth.mode=oidc), real Chromium. A liaison signs in on Keycloak's two-step login page, sees
 * only her agency, signs out and Keycloak's session is gone; an administrator signing a person out
 * in Keycloak ends the portal session through back-channel logout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "keycloak"})
@org.junit.jupiter.api.extension.ExtendWith(
    org.leaps.portal.testsupport.SecurityStrategyExtension.class)
class KeycloakSignInBrowserTest {

  private static final String GULFPORT_LIAISON = "liaison.gulfport@leaps.example";
  private static final String PINEBELT_LIAISON = "liaison.pinebelt@leaps.example";
  private static final String UNPLACED = "unplaced@leaps.example";
  private static final String DISABLED = "disabled.liaison@leaps.example";
  private static final String HATTIESBURG_LIAISON = "liaison.hattiesburg@leaps.example";
  private static final String RETIRED_COUNSELOR = "retired.counselor@leaps.example";
  private static final String GULFPORT = "Gulfport Police Department";
  private static final String PASSWORD = "demo";

  @LocalServerPort int port;

  @RegisterExtension final Browsers browsers = new Browsers();

  private WebDriver driver;

  @BeforeAll
  static void requireChromium() {
    // Checked before Keycloak or the Spring context start: no Chromium, no cost.
    Browser.requireChromium();
  }

  @DynamicPropertySource
  static void keycloak(DynamicPropertyRegistry registry) {
    registry.add("leaps.keycloak.url", () -> KeycloakServer.start().url());
  }

  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void pointKeycloakAtThisPortal() {
    // Other tests tie the demo accounts to made-up subjects; here the real Keycloak users sign in.
    KeycloakLinks.forgetDemoAccountLinks(jdbc);
    KeycloakServer.start().awaitReady(port).pointPortalClientAt(port);
  }

  private String portal() {
    return "http://localhost:" + port;
  }

  @Test
  void liaisonSignsInThroughKeycloakSeesOwnAgencyOnlyAndSignsOutOfKeycloakToo() {
    var keycloak = KeycloakServer.start();
    driver = browsers.open();
    signInThroughKeycloak(GULFPORT_LIAISON);

    assertThat(Browser.waitForText(driver, "#scope-line"))
        .isEqualTo("Showing: Gulfport Police Department");
    assertThat(Browser.waitForText(driver, "#active-agencies .tile-value")).isEqualTo("1");
    assertThat(driver.findElement(By.id("user-agency")).getText())
        .isEqualTo("Gulfport Police Department");
    Browser.screenshot(driver, "keycloak-liaison-overview");
    assertThat(keycloak.sessionCount(GULFPORT_LIAISON)).isEqualTo(1);

    driver.findElement(By.id("sign-out")).click();

    // RP-initiated logout ended the Keycloak session: the portal sends the person back to
    // Keycloak, which asks for the username again instead of signing them straight in.
    awaitKeycloakLoginPage();
    assertThat(keycloak.sessionCount(GULFPORT_LIAISON)).isZero();
    driver.get(portal() + "/");
    awaitKeycloakLoginPage();
    Browser.screenshot(driver, "keycloak-login-after-sign-out");
  }

  @Test
  void adminSigningThePersonOutInKeycloakEndsThePortalSession() {
    var keycloak = KeycloakServer.start();
    driver = browsers.open();
    signInThroughKeycloak(GULFPORT_LIAISON);
    assertThat(Browser.waitForText(driver, "#scope-line"))
        .isEqualTo("Showing: Gulfport Police Department");

    keycloak.signOutAsAdmin(GULFPORT_LIAISON);

    // Back-channel logout invalidated the portal session: opening the portal again no longer
    // shows the overview but Keycloak's sign-in page.
    driver.get(portal() + "/");
    awaitKeycloakLoginPage();
    assertThat(driver.findElements(By.id("scope-line"))).isEmpty();
  }

  @Test
  void adminSignOutReachesASessionOnAnotherPortalNode() {
    var keycloak = KeycloakServer.start();
    var strategy = SecurityContextHolder.getContextHolderStrategy();
    try (var otherNode =
        new SpringApplicationBuilder(LeapsPortalApplication.class, NoDemoSignIn.class)
            .profiles("test", "keycloak")
            .properties("spring.main.banner-mode=off")
            // Arguments, not default properties, so they win over application.properties.
            .run("--server.port=0", "--leaps.keycloak.url=" + keycloak.url())) {
      SecurityContextHolder.setContextHolderStrategy(strategy);
      int otherPort =
          ((org.springframework.boot.web.server.context.WebServerApplicationContext) otherNode)
              .getWebServer()
              .getPort();
      keycloak.pointPortalClientAt(otherPort);
      // Keycloak knows one address for the portal: this node, not the one the person uses.
      keycloak.sendBackChannelLogoutTo(port);

      String otherPortal = "http://localhost:" + otherPort;
      driver = browsers.open();
      signInThroughKeycloak(PINEBELT_LIAISON, otherPortal);
      assertThat(Browser.waitForText(driver, "#scope-line"))
          .isEqualTo("Showing: Forrest County Sheriff's Office, Hattiesburg Police Department");

      keycloak.signOutAsAdmin(PINEBELT_LIAISON);

      // This node got the logout token; the other node reads the relay and ends its session.
      new WebDriverWait(driver, Duration.ofSeconds(15))
          .pollingEvery(Duration.ofMillis(500))
          .until(d -> {
            d.get(otherPortal + "/");
            return d.getCurrentUrl().startsWith(keycloak.url() + "/realms/leaps/");
          });
      assertThat(driver.findElements(By.id("scope-line"))).isEmpty();
    } finally {
      SecurityContextHolder.setContextHolderStrategy(strategy);
      keycloak.sendBackChannelLogoutTo(port);
    }
  }

  @Test
  void liaisonOfTwoAgenciesSeesBoth() {
    driver = browsers.open();
    signInThroughKeycloak(PINEBELT_LIAISON);
    assertThat(Browser.waitForText(driver, "#scope-line"))
        .isEqualTo("Showing: Forrest County Sheriff's Office, Hattiesburg Police Department");
    assertThat(Browser.waitForText(driver, "#active-agencies .tile-value")).isEqualTo("2");
  }

  @Test
  void personInNoOrganizationGetsTheNotPlacedPageAndNoData() {
    driver = browsers.open();
    signInThroughKeycloak(UNPLACED);
    assertThat(Browser.waitForText(driver, ".not-placed-view h1"))
        .isEqualTo("Your account is not linked to an agency yet");
    assertThat(driver.findElements(By.cssSelector(".tile-value"))).isEmpty();
    Browser.screenshot(driver, "keycloak-not-placed");
  }

  @Test
  void keycloakRefusesADisabledAccount() {
    driver = browsers.open();
    driver.get(portal() + "/");
    awaitKeycloakLoginPage();
    driver.findElement(By.id("username")).sendKeys(DISABLED);
    driver.findElement(By.id("kc-login")).click();
    var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(d -> !d.findElements(By.id("password")).isEmpty() || saysDisabled(d));
    if (!saysDisabled(driver)) {
      driver.findElement(By.id("password")).sendKeys(PASSWORD);
      driver.findElement(By.id("kc-login")).click();
      wait.until(KeycloakSignInBrowserTest::saysDisabled);
    }
    assertThat(driver.getCurrentUrl()).startsWith(KeycloakServer.start().url());
    Browser.screenshot(driver, "keycloak-disabled-account");
  }

  @Test
  void theRealmTakesThePortalAddressFromTheEnvironmentAndAPortalOnAnotherPortSignsIn() {
    var keycloak = KeycloakServer.start();
    // Keycloak was launched with LEAPS_PORTAL_URL pointing at this portal's random port, which
    // the realm import put into the client: nothing was patched through the admin API for it.
    assertThat(port).isNotEqualTo(8080);
    assertThat(keycloak.launchPortalUrl()).isEqualTo(portal());
    JsonNode client = keycloak.portalClientSettings();
    assertThat(client.get("rootUrl").asString()).isEqualTo(portal());
    assertThat(client.get("redirectUris").values())
        .extracting(JsonNode::asString)
        .contains(portal() + "/*")
        .noneMatch(uri -> uri.contains("${"));
    assertThat(client.get("attributes").get("frontchannel.logout.url").asString())
        .startsWith(portal() + "/");

    // Another liaison than the sign-out test's, whose Keycloak session count that test checks.
    driver = browsers.open();
    signInThroughKeycloak(HATTIESBURG_LIAISON);
    assertThat(Browser.waitForText(driver, "#scope-line"))
        .isEqualTo("Showing: Hattiesburg Police Department");
  }

  @Test
  void aUserDisabledInKeycloakLosesThePortalWithinAMinute() {
    var keycloak = KeycloakServer.start();
    driver = browsers.open();
    signInThroughKeycloak(RETIRED_COUNSELOR);
    assertThat(Browser.waitForText(driver, "#scope-line"))
        .isEqualTo("Showing: Hattiesburg Police Department");
    try {
      keycloak.setEnabled(RETIRED_COUNSELOR, false);
      long disabledAt = System.nanoTime();

      new WebDriverWait(driver, Duration.ofSeconds(75))
          .pollingEvery(Duration.ofSeconds(2))
          .until(d -> {
            d.get(portal() + "/");
            return d.getCurrentUrl().startsWith(keycloak.url() + "/realms/leaps/");
          });
      long seconds = (System.nanoTime() - disabledAt) / 1_000_000_000;
      System.out.printf("A user disabled in Keycloak lost the portal after %d s%n", seconds);
      assertThat(seconds).isLessThanOrEqualTo(60);
      assertThat(driver.findElements(By.id("scope-line"))).isEmpty();
    } finally {
      keycloak.setEnabled(RETIRED_COUNSELOR, true);
    }
  }

  @Test
  void anEmailSetToAnotherAgencysCounselorIsRefusedAtTheFirstSignIn() {
    var keycloak = KeycloakServer.start();
    String jacksonCounselor =
        jdbc.queryForObject(
            "select c.email from counselor c join agency a on a.id = c.agency_id"
                + " where a.code = 'JACKSON-PD' and c.email not in (select email from"
                + " portal_account) order by c.id limit 1",
            String.class);
    String mallory = "mallory-" + System.nanoTime();
    // A Gulfport counselor whose email was changed to a Jackson counselor's, not verified.
    keycloak.createUser(mallory, jacksonCounselor, false, "counselor", GULFPORT);

    driver = browsers.open();
    signInThroughKeycloak(mallory);

    assertThat(driver.getCurrentUrl()).contains("/signin-failed");
    assertThat(Browser.waitForText(driver, "#signin-failed-title"))
        .isEqualTo("Your sign-in could not be linked to your portal record");
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("liaison");
    Browser.screenshot(driver, "keycloak-link-refused");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from portal_account where email = ?",
                Integer.class,
                jacksonCounselor))
        .isZero();
  }

  @Test
  void anEmailSetToAnExistingAccountNeverSwitchesItsOwner() {
    var keycloak = KeycloakServer.start();
    String victim = "victim-" + System.nanoTime() + "@victim.example";
    jdbc.update(
        "insert into portal_account (version, email, subject, display_name, enabled)"
            + " values (0, ?, 'kc-the-real-owner', 'Victor Tim', true)",
        victim);
    String mallory = "mallory-" + System.nanoTime();
    // Even an address an administrator marked as verified does not move an account.
    keycloak.createUser(mallory, victim, true, "liaison", GULFPORT);

    driver = browsers.open();
    signInThroughKeycloak(mallory);

    assertThat(Browser.waitForText(driver, "#signin-failed-title"))
        .isEqualTo("Your sign-in could not be linked to your portal record");
    assertThat(
            jdbc.queryForObject(
                "select subject from portal_account where email = ?", String.class, victim))
        .isEqualTo("kc-the-real-owner");
  }

  @Test
  void usersCannotEditTheirOwnEmailInKeycloak() {
    JsonNode email =
        KeycloakServer.start().userProfile().get("attributes").values().stream()
            .filter(a -> a.get("name").asString().equals("email"))
            .findFirst()
            .orElseThrow();
    assertThat(email.get("permissions").get("edit").values())
        .extracting(JsonNode::asString)
        .containsExactly("admin");
  }

  private static boolean saysDisabled(WebDriver d) {
    return d.findElement(By.tagName("body")).getText().toLowerCase().contains("disabled");
  }

  private void signInThroughKeycloak(String username) {
    signInThroughKeycloak(username, portal());
  }

  /**
   * Opens the portal, which sends the browser to Keycloak; Keycloak with Organizations asks for the
   * username first, then for the password.
   */
  private void signInThroughKeycloak(String username, String portal) {
    driver.get(portal + "/");
    awaitKeycloakLoginPage();
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("kc-login")).click();
    var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(d -> !d.findElements(By.id("password")).isEmpty());
    driver.findElement(By.id("password")).sendKeys(PASSWORD);
    driver.findElement(By.id("kc-login")).click();
    wait.until(d -> d.getCurrentUrl().startsWith(portal));
    Browser.waitForVaadin(driver);
  }

  private void awaitKeycloakLoginPage() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d ->
            d.getCurrentUrl().startsWith(KeycloakServer.start().url() + "/realms/leaps/")
                && !d.findElements(By.id("username")).isEmpty());
  }

  /**
   * The shared test support signs tests in through the demo path's UserDetailsService, which does
   * not exist in oidc mode; this one refuses everybody and is never used by the filter chain.
   */
  @TestConfiguration
  static class NoDemoSignIn {

    @Bean
    UserDetailsService noDemoSignIn() {
      return username -> {
        throw new UsernameNotFoundException("No demo sign-in in oidc mode");
      };
    }
  }
}
