package org.leaps.portal.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leaps.portal.testsupport.DemoSignInForm;

/**
 * One open portal page as a browser holds it, for push benchmarks: a real HTTP session signed in
 * through the demo login form (with the page's CSRF token), a Vaadin UI started ({@code v-r=init})
 * and navigated, and the UI's push WebSocket opened with Atmosphere's parameters. It records when a
 * text (the round's marker) first arrives on the socket. All traffic is to localhost.
 */
final class PushSession implements WebSocket.Listener {

  private static final Pattern JSESSION = Pattern.compile("JSESSIONID=([^;]+)");
  private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern SECURITY_KEY =
      Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

  private final AtomicLong receivedAt = new AtomicLong();
  private final StringBuilder tail = new StringBuilder();
  private volatile String marker = "\u0000";
  private volatile CountDownLatch arrivals = new CountDownLatch(0);
  private volatile boolean keepFrame;
  private volatile int markerFrameLength = -1;
  private volatile String markerFrame;
  private WebSocket socket;

  /** The demo sign-in was refused (for one account signed in many times at once: a lost race). */
  static final class SignInFailed extends IllegalStateException {
    SignInFailed(String message) {
      super(message);
    }
  }

  private PushSession() {}

  /** Signs in as {@code email} (demo password), opens {@code route} and its push socket. */
  static PushSession open(HttpClient http, int port, String email, String route, String expect)
      throws Exception {
    String base = "http://localhost:" + port;
    var login =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    String cookie = sessionCookie(login, null);
    String form = DemoSignInForm.body(login.body(), email);
    var signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (signedIn.statusCode() != 302
        || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
      throw new SignInFailed("Sign-in failed for " + email + ": " + signedIn.statusCode());
    }
    cookie = sessionCookie(signedIn, cookie);
    String location = URLEncoder.encode(route, StandardCharsets.UTF_8);
    var init =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(base + "/?v-r=init&location=" + location + "&query=&v-wn=b"))
                .header("Cookie", "JSESSIONID=" + cookie)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String body = init.body().replace("\\\"", "\"");
    Matcher pushId = PUSH_ID.matcher(body);
    Matcher uiId = UI_ID.matcher(body);
    Matcher securityKey = SECURITY_KEY.matcher(body);
    if (!pushId.find() || !uiId.find() || !securityKey.find()) {
      throw new IllegalStateException("No UI started: " + init.statusCode());
    }
    String navigate =
        "{\"csrfToken\":\""
            + securityKey.group(1)
            + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
            + "\"data\":{\"route\":\""
            + route
            + "\",\"query\":\"\",\"appShellTitle\":\"\","
            + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
    var navigated =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId.group(1)))
                .header("Cookie", "JSESSIONID=" + cookie)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (navigated.statusCode() != 200 || !navigated.body().contains(expect)) {
      throw new IllegalStateException(
          "Navigation to " + route + " failed: " + navigated.statusCode());
    }
    var session = new PushSession();
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
    session.socket =
        http.newWebSocketBuilder()
            .header("Cookie", "JSESSIONID=" + cookie)
            .connectTimeout(Duration.ofSeconds(10))
            .buildAsync(URI.create(push), session)
            .get();
    return session;
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

  /** Waits for {@code text} from now on; counts {@code latch} down when it arrives. */
  void expect(String text, CountDownLatch latch) {
    expect(text, latch, false);
  }

  /** As {@link #expect(String, CountDownLatch)}, keeping the frame that carried the text. */
  void expect(String text, CountDownLatch latch, boolean keepTheFrame) {
    synchronized (tail) {
      receivedAt.set(0);
      tail.setLength(0);
      marker = text;
      arrivals = latch;
      keepFrame = keepTheFrame;
      markerFrameLength = -1;
      markerFrame = null;
    }
  }

  /** Characters in the frame that carried the awaited text, or -1. */
  int markerFrameLength() {
    return markerFrameLength;
  }

  /** The frame that carried the awaited text, when asked to keep it; else null. */
  String markerFrame() {
    return markerFrame;
  }

  /** {@link System#nanoTime()} when the marker arrived, or 0. */
  long receivedAt() {
    return receivedAt.get();
  }

  void close() {
    if (socket != null) {
      socket.abort();
    }
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence text, boolean last) {
    synchronized (tail) {
      if (receivedAt.get() == 0) {
        tail.append(text);
        if (tail.indexOf(marker) >= 0) {
          receivedAt.set(System.nanoTime());
          markerFrameLength = text.length();
          if (keepFrame) {
            markerFrame = text.toString();
          }
          arrivals.countDown();
        }
        int keep = marker.length();
        if (tail.length() > keep) {
          tail.delete(0, tail.length() - keep);
        }
      }
    }
    webSocket.request(1);
    return null;
  }
}
