package org.leaps.portal.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leaps.portal.alert.AlertDraft;
import org.leaps.portal.alert.AlertLiveHub;
import org.leaps.portal.alert.AlertService;
import org.leaps.portal.alert.AlertTestData;
import org.leaps.portal.alert.Severity;
import org.leaps.portal.security.Role;
import org.leaps.portal.security.SystemAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A critical alert to many real push connections. Each client is a real HTTP session: it signs in
 * through the login form (with the page's CSRF token), asks Vaadin to start a UI ({@code
 * v-r=init}), and opens the UI's push WebSocket with Vaadin's Atmosphere parameters, exactly as the
 * browser does. The benchmark then sends one critical alert and measures, per connection, the time
 * from the end of {@code AlertService.send} (commit) to the push message carrying the alert
 * arriving on the socket. All traffic is to localhost.
 *
 * <p>Run: {@code ./mvnw -B -o verify -Dbenchmarks -Dtest='AlertFanoutBenchmark'
 * -Dsurefire.failIfNoSpecifiedTests=false} (-Dalerts.bench.clients=N, default 500).
 */
@org.junit.jupiter.api.extension.ExtendWith(org.leaps.portal.alert.RestoreSecurityStrategy.class)
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AlertFanoutBenchmark {

  private static final Pattern META =
      Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");
  private static final Pattern JSESSION = Pattern.compile("JSESSIONID=([^;]+)");
  private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern SECURITY_KEY =
      Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

  @LocalServerPort int port;
  @Autowired AlertService alerts;
  @Autowired AlertTestData data;
  @Autowired AlertLiveHub hub;

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .executor(Executors.newFixedThreadPool(8))
          .build();
  private final List<WebSocket> sockets = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void closeConnections() {
    data.closeCriticalAlerts();
    for (WebSocket socket : sockets) {
      socket.abort();
    }
  }

  private String base() {
    return "http://localhost:" + port;
  }

  /**
   * Signs in, retrying: concurrent sign-ins of one account can collide on the account's
   * optimistic-lock version (last sign-in time), which the login page reports as a failure.
   */
  private Client connect(int index, String email) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        return connectOnce(index, email);
      } catch (SignInFailed e) {
        if (attempt == 30) {
          throw e;
        }
        Thread.sleep(20L * attempt);
      }
    }
  }

  static final class SignInFailed extends IllegalStateException {
    SignInFailed(String message) {
      super(message);
    }
  }

  /** One browser-like client: sign in, start a UI, navigate it, open its push socket. */
  private Client connectOnce(int index, String email) throws Exception {
    var login =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    String cookie = sessionCookie(login, null);
    String csrfParameter = null;
    String csrf = null;
    Matcher meta = META.matcher(login.body());
    while (meta.find()) {
      if (meta.group(1).equals("_csrf_parameter")) {
        csrfParameter = meta.group(2);
      } else {
        csrf = meta.group(2);
      }
    }
    if (csrf == null) {
      throw new IllegalStateException("No CSRF token on the sign-in page");
    }
    String form =
        "username="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&password=demo&"
            + csrfParameter
            + "="
            + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    var signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (signedIn.statusCode() != 302
        || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
      throw new SignInFailed("Sign-in failed: " + signedIn.statusCode());
    }
    cookie = sessionCookie(signedIn, cookie);
    var init =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(base() + "/?v-r=init&location=&query=&v-wn=bench-" + index))
                .header("Cookie", "JSESSIONID=" + cookie)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String body = init.body().replace("\\\"", "\"");
    Matcher pushId = PUSH_ID.matcher(body);
    Matcher uiId = UI_ID.matcher(body);
    if (!pushId.find() || !uiId.find()) {
      throw new IllegalStateException(
          "No UI started: "
              + init.statusCode()
              + " "
              + body.substring(0, Math.min(300, body.length())));
    }
    Matcher securityKey = SECURITY_KEY.matcher(body);
    if (!securityKey.find()) {
      throw new IllegalStateException("No security key in the init response");
    }
    // What the browser does next: tell the UI which route it is on ("ui-navigate" on node 1).
    String navigate =
        "{\"csrfToken\":\""
            + securityKey.group(1)
            + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
            + "\"data\":{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\","
            + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
    var navigated =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + "/?v-r=uidl&v-uiId=" + uiId.group(1)))
                .header("Cookie", "JSESSIONID=" + cookie)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (navigated.statusCode() != 200 || !navigated.body().contains("alert-bell")) {
      throw new IllegalStateException(
          "Navigation failed: "
              + navigated.statusCode()
              + " "
              + navigated.body().substring(0, Math.min(300, navigated.body().length())));
    }
    var client = new Client();
    String push =
        "ws://localhost:"
            + port
            + "/VAADIN/push?v-r=push&v-uiId="
            + uiId.group(1)
            + "&v-pushId="
            + URLEncoder.encode(pushId.group(1), StandardCharsets.UTF_8)
            + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
            + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
            + "&Content-Type=application%2Fjson%3B%20charset%3DUTF-8&X-atmo-protocol=true";
    WebSocket socket =
        http.newWebSocketBuilder()
            .header("Cookie", "JSESSIONID=" + cookie)
            .connectTimeout(Duration.ofSeconds(10))
            .buildAsync(URI.create(push), client)
            .get();
    sockets.add(socket);
    return client;
  }

  private static String sessionCookie(HttpResponse<?> response, String previous) {
    for (String header : response.headers().allValues("Set-Cookie")) {
      Matcher m = JSESSION.matcher(header);
      if (m.find()) {
        return m.group(1);
      }
    }
    if (previous == null) {
      throw new IllegalStateException("No session cookie");
    }
    return previous;
  }

  /** Collects text frames; records when the alert's title first arrives. */
  static final class Client implements WebSocket.Listener {
    static volatile String marker = "\u0000";
    final AtomicLong receivedAt = new AtomicLong();
    final AtomicInteger frames = new AtomicInteger();
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence text, boolean last) {
      frames.incrementAndGet();
      buffer.append(text);
      if (receivedAt.get() == 0 && buffer.indexOf(marker) >= 0) {
        receivedAt.set(System.nanoTime());
      }
      if (buffer.length() > 200_000) {
        buffer.delete(0, buffer.length() - marker.length());
      }
      socket.request(1);
      return null;
    }
  }

  @Test
  void criticalAlertToManyConnectedPushSessions() throws Exception {
    int clients = Integer.getInteger("alerts.bench.clients", 500);
    String email = "counselor@leaps.example";
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Client>> pending = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int index = i;
      pending.add(pool.submit(() -> connect(index, email)));
    }
    List<Client> connected = new ArrayList<>();
    int failed = 0;
    String firstFailure = null;
    for (Future<Client> future : pending) {
      try {
        connected.add(future.get());
      } catch (Exception e) {
        failed++;
        if (firstFailure == null) {
          firstFailure = String.valueOf(e.getCause());
        }
      }
    }
    pool.shutdown();
    long connectMillis = (System.nanoTime() - started) / 1_000_000;
    Thread.sleep(2_000);
    System.out.printf(
        "ALERT-BENCH connected %d of %d push sessions in %,d ms (%d failed%s); server sessions"
            + " listening: %d%n",
        connected.size(),
        clients,
        connectMillis,
        failed,
        firstFailure == null ? "" : ", first: " + firstFailure,
        hub.sessionCount());

    String title = data.unique("Bench critical");
    Client.marker = title;
    Set<Long> hubAt = ConcurrentHashMap.newKeySet();
    var registration = hub.addListener(signal -> hubAt.add(System.nanoTime()));
    var draft =
        new AlertDraft(
            title,
            "Benchmark: all counselors report availability.",
            Severity.CRITICAL,
            true,
            Set.of(),
            Set.of(),
            Role.COUNSELOR,
            true,
            java.time.Instant.now().plus(Duration.ofHours(1)));
    long sendStarted = System.nanoTime();
    var sent = SystemAccess.call(() -> alerts.send(draft));
    long committed = System.nanoTime();
    long deadline = committed + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline
        && connected.stream().anyMatch(c -> c.receivedAt.get() == 0)) {
      Thread.sleep(20);
    }
    registration.remove();

    List<Long> latencies = new ArrayList<>();
    int missing = 0;
    for (Client client : connected) {
      long at = client.receivedAt.get();
      if (at == 0) {
        missing++;
      } else {
        latencies.add((at - committed) / 1_000_000);
      }
    }
    Collections.sort(latencies);
    long pollerPickup = hubAt.stream().mapToLong(t -> (t - committed) / 1_000_000).min().orElse(-1);
    System.out.printf(
        "ALERT-BENCH alert %d to %d recipients; send() took %d ms; server fan-out (all UI.access calls) done %d ms after"
            + " commit%n",
        sent.alertId(), sent.recipients(), (committed - sendStarted) / 1_000_000, pollerPickup);
    System.out.printf(
        "ALERT-BENCH delivery to %d push sessions (%d missing): p50 %d ms, p90 %d ms, p95 %d ms,"
            + " p99 %d ms, max %d ms%n",
        latencies.size(),
        missing,
        percentile(latencies, 50),
        percentile(latencies, 90),
        percentile(latencies, 95),
        percentile(latencies, 99),
        latencies.isEmpty() ? -1 : latencies.getLast());
    System.out.println("ALERT-BENCH histogram (ms bucket: sessions): " + histogram(latencies));
  }

  private static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return -1;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static String histogram(List<Long> sorted) {
    var buckets = new java.util.TreeMap<Long, Integer>();
    for (long value : sorted) {
      buckets.merge(value / 100 * 100, 1, Integer::sum);
    }
    return buckets.toString();
  }
}
