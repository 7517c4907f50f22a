package org.leaps.portal.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.leaps.portal.LeapsPortalApplication;
import org.leaps.portal.base.ui.UserMessages;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.testsupport.Browser;
import org.leaps.portal.testsupport.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole running portal meets a database that stalls (SIGSTOP of its {@code mariadbd}) and one
 * that dies ({@code kill -9}), as a liaison in Chromium editing a counselor. The portal here is its
 * own application context with its own embedded MariaDB on its own data directory and port, so the
 * database every other test class shares is never stopped or killed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseTroubleInRunningPortalTest {

  /** The pool's connection timeout (and socket timeout, decision 074). */
  private static final Duration POOL_TIMEOUT = Duration.ofSeconds(10);

  /**
   * A borrowed connection that was idle is checked before use, which can add the pool's 2 s
   * validation timeout once after the connection timeout ran out; the rest is the browser's round
   * trip on a loaded machine.
   */
  private static final Duration NOTIFIED_WITHIN = POOL_TIMEOUT.plusSeconds(5);

  private ConfigurableApplicationContext portal;
  private EmbeddedMariaDb server;
  private String baseUrl;
  private WebDriver driver;
  private Long counselorId;

  @BeforeAll
  void startOwnPortal() {
    Browser.requireChromium();
    Path dataDir = Path.of("target", "trouble-" + UUID.randomUUID(), "mariadb");
    portal =
        new SpringApplicationBuilder(LeapsPortalApplication.class)
            .properties("spring.main.banner-mode=off")
            .run(
                "--spring.profiles.active=test",
                "--server.port=0",
                "--leaps.db.share-embedded-server=false",
                "--leaps.db.embedded-data-dir=" + dataDir.toAbsolutePath());
    server = portal.getBean(DatabaseConfiguration.EmbeddedServerHolder.class).startedServer();
    assertThat(server.dataDir()).isEqualTo(dataDir.toAbsolutePath());
    baseUrl = "http://localhost:" + ((WebServerApplicationContext) portal).getWebServer().getPort();
    counselorId =
        portal
            .getBean(RosterFixtures.class)
            .saved("GULFPORT-PD", RosterFixtures.unique("Trouble"))
            .getId();
  }

  @AfterEach
  void closeBrowser() throws Exception {
    resumeIfStopped();
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  @AfterAll
  void stopOwnPortal() throws Exception {
    resumeIfStopped();
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  @Order(1)
  void aSaveWhileTheDatabaseStallsIsReportedInTimeAndTheRetryAfterItResumesSaves()
      throws Exception {
    openRecordSignedIn();
    type("mobile-phone", "(228) 555-0101");
    type("work-phone", "(228) 555-0102");

    long pid = server.pid().orElseThrow();
    EmbeddedServerFailuresTest.signal("STOP", pid);
    stopped = pid;
    long clicked = System.nanoTime();
    driver.findElement(By.id("save")).click();
    String message = awaitNotification("cannot be reached", Duration.ofSeconds(30));
    Duration took = Duration.ofNanos(System.nanoTime() - clicked);
    System.out.println("Stalled database: the person was told after " + took.toMillis() + " ms");
    assertThat(message).contains(UserMessages.DATABASE_UNAVAILABLE).doesNotContain("SQL", "conn=");
    assertThat(took).isLessThan(NOTIFIED_WITHIN);

    // The screen still answers and still holds what was typed.
    typeNotes("Reached by radio");
    Browser.waitForVaadin(driver);
    assertThat(fieldValue("mobile-phone")).isEqualTo("(228) 555-0101");
    assertThat(fieldValue("work-phone")).isEqualTo("(228) 555-0102");
    assertThat(fieldValue("admin-notes")).isEqualTo("Reached by radio");

    EmbeddedServerFailuresTest.signal("CONT", pid);
    stopped = null;
    clearNotifications();
    driver.findElement(By.id("save")).click();
    assertThat(awaitNotification("saved.", Duration.ofSeconds(30))).endsWith("saved.");
    assertThat(storedPhones()).isEqualTo("(228) 555-0101|(228) 555-0102|Reached by radio");

    // A navigation during a stall lands on the portal's page for database trouble.
    EmbeddedServerFailuresTest.signal("STOP", pid);
    stopped = pid;
    clearNotifications();
    long navigated = System.nanoTime();
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].click()", driver.findElement(By.id("back-to-roster")));
    String page =
        new WebDriverWait(driver, Duration.ofSeconds(30))
            .until(d ->
                d.findElements(By.id("database-trouble-message")).stream()
                    .map(e -> e.getText())
                    .filter(t -> !t.isBlank())
                    .findFirst()
                    .orElse(null));
    Duration navigationTook = Duration.ofNanos(System.nanoTime() - navigated);
    System.out.println(
        "Stalled database: the navigation showed the trouble page after "
            + navigationTook.toMillis()
            + " ms");
    assertThat(page).startsWith("The database cannot be reached right now.");
    assertThat(driver.findElement(By.tagName("body")).getText())
        .contains("This page could not be opened")
        .doesNotContain("Exception", "SQL", "conn=", "There was an exception");
    assertThat(navigationTook).isLessThan(NOTIFIED_WITHIN);
    Browser.screenshot(driver, "database-trouble-page");
    EmbeddedServerFailuresTest.signal("CONT", pid);
    stopped = null;
    driver.findElement(By.xpath("//vaadin-button[normalize-space()='Try again']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("roster-total")).getText().endsWith("counselors"));
  }

  @Test
  @Order(2)
  void aSaveAfterTheDatabaseDiedIsReportedHealthReadsDownAndTheRestartedServerKeepsEverything()
      throws Exception {
    openRecordSignedIn();
    type("work-phone", "(228) 555-0104");
    driver.findElement(By.id("save")).click();
    awaitNotification("saved.", Duration.ofSeconds(30));
    String savedBeforeTheCrash = storedPhones();
    assertThat(savedBeforeTheCrash).contains("|(228) 555-0104|");
    clearNotifications();
    type("mobile-phone", "(228) 555-0103");

    long pid = server.pid().orElseThrow();
    long killed;
    // The watchdog needs the server's lock to restart it: holding it here lets the person meet
    // the dead database before the watchdog brings it back, whatever the watchdog's timing.
    synchronized (server) {
      EmbeddedServerFailuresTest.signal("KILL", pid);
      killed = System.nanoTime();
      driver.findElement(By.id("save")).click();
      long clicked = System.nanoTime();
      String health = awaitHealth("DOWN", Duration.ofSeconds(10));
      System.out.println(
          "Dead database: health DOWN after "
              + Duration.ofNanos(System.nanoTime() - killed).toMillis()
              + " ms: "
              + health);
      assertThat(health).contains("refuses connections");
      String message = awaitNotification("cannot be reached", Duration.ofSeconds(30));
      assertThat(message).contains(UserMessages.DATABASE_UNAVAILABLE);
      Duration took = Duration.ofNanos(System.nanoTime() - clicked);
      System.out.println("Dead database: the person was told after " + took.toMillis() + " ms");
      assertThat(took).isLessThan(NOTIFIED_WITHIN);
      assertThat(fieldValue("mobile-phone")).isEqualTo("(228) 555-0103");
      assertThat(server.alive()).isFalse();
    }

    awaitHealth("\"db\":{\"status\":\"UP\"}", Duration.ofSeconds(120));
    assertThat(server.pid().orElseThrow()).as("a new server process").isNotEqualTo(pid);
    assertThat(server.dataDir().resolve("leaps")).isDirectory();
    clearNotifications();
    driver.findElement(By.id("save")).click();
    assertThat(awaitNotification("saved.", Duration.ofSeconds(30))).endsWith("saved.");
    assertThat(storedPhones())
        .isEqualTo(savedBeforeTheCrash.replaceFirst("^[^|]*", "(228) 555-0103"));
  }

  private Long stopped;

  private void resumeIfStopped() throws Exception {
    if (stopped != null) {
      EmbeddedServerFailuresTest.signal("CONT", stopped);
      stopped = null;
    }
  }

  private void openRecordSignedIn() {
    driver = Browser.start();
    Browser.signInWithDemoAccount(driver, baseUrl, SignIn.LIAISON_GULFPORT);
    driver.get(baseUrl + "/roster/" + counselorId);
    Browser.waitForVaadin(driver);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.id("record-heading")).isEmpty());
  }

  private void type(String fieldId, String value) {
    var input = driver.findElement(By.cssSelector("#" + fieldId + " input"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
  }

  private void typeNotes(String value) {
    var area = driver.findElement(By.cssSelector("#admin-notes textarea"));
    area.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
  }

  private String fieldValue(String fieldId) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeScript("return document.getElementById(arguments[0]).value", fieldId);
  }

  private String awaitNotification(String containing, Duration timeout) {
    return new WebDriverWait(driver, timeout)
        .pollingEvery(Duration.ofMillis(100))
        .until(d -> {
          String text =
              (String)
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "return [...document.querySelectorAll('vaadin-notification-card')]"
                              + ".map(c => c.innerText).join('\\n')");
          return text != null && text.contains(containing) ? text : null;
        });
  }

  private void clearNotifications() {
    ((JavascriptExecutor) driver)
        .executeScript(
            "document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false)");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
  }

  private String awaitHealth(String containing, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
      while (true) {
        var response =
            http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.body().contains(containing)) {
          return response.body();
        }
        assertThat(System.nanoTime())
            .as("health showing %s within %s, last: %s", containing, timeout, response.body())
            .isLessThan(deadline);
        java.util.concurrent.TimeUnit.MILLISECONDS.sleep(250);
      }
    }
  }

  /** What the database holds: mobile phone, work phone and notes, read past the portal. */
  private String storedPhones() throws Exception {
    try (var connection = DriverManager.getConnection(server.jdbcUrl("leaps"), "root", "");
        var statement =
            connection.prepareStatement(
                "select mobile_phone, work_phone, admin_notes from counselor where id = ?")) {
      statement.setLong(1, counselorId);
      try (var rows = statement.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3);
      }
    }
  }
}
