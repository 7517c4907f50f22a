package org.leaps.portal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.leaps.portal.alert.AlertSignal;
import org.leaps.portal.alert.AlertTestData;
import org.leaps.portal.alert.Severity;
import org.leaps.portal.security.Role;
import org.leaps.portal.security.SystemAccess;
import org.leaps.portal.testsupport.DemoSignInForm;
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
          .executor(Executors.newFixedThreadPool(4))
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
    String form = DemoSignInForm.body(login.body(), email);
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

  /**
   * Does as little as a client can: looks for the current round's title in each text frame (keeping
   * only a title's length of the previous frame, in case the title is split) and records when it
   * first arrives.
   */
  static final class Client implements WebSocket.Listener {
    static volatile String marker = "\u0000";
    static volatile CountDownLatch arrivals = new CountDownLatch(0);
    final AtomicLong receivedAt = new AtomicLong();
    final AtomicInteger frames = new AtomicInteger();
    volatile int markerFrameLength;
    volatile boolean keepFrame;
    volatile String frame;
    private final StringBuilder tail = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence text, boolean last) {
      frames.incrementAndGet();
      String wanted = marker;
      if (receivedAt.get() == 0) {
        tail.append(text);
        if (tail.indexOf(wanted) >= 0) {
          receivedAt.set(System.nanoTime());
          arrivals.countDown();
          markerFrameLength = text.length();
          if (keepFrame) {
            frame = text.toString();
          }
        }
        int keep = wanted.length();
        if (tail.length() > keep) {
          tail.delete(0, tail.length() - keep);
        }
      }
      socket.request(1);
      return null;
    }

    void nextRound() {
      receivedAt.set(0);
      tail.setLength(0);
    }
  }

  @Test
  void criticalAlertToManyConnectedPushSessions() throws Exception {
    int clients = Integer.getInteger("alerts.bench.clients", 500);
    String email = "counselor@leaps.example";
    long started = System.nanoTime();
    ExecutorService pool =
        Executors.newFixedThreadPool(Integer.getInteger("alerts.bench.connect-threads", 16));
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
    // A server's sessions are long-lived: let the collector move the just-built ones out of the
    // young generation, so the rounds do not pay for copying them (a benchmark artefact).
    System.gc();
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

    int rounds = Integer.getInteger("alerts.bench.rounds", 1);
    // By default the director closes each round's alert before the next (as alerts are closed or
    // acknowledged in practice), so every round meets the pages as they are between alerts;
    // -Dalerts.bench.close-between=false measures alerts arriving while earlier ones are open.
    boolean closeBetween =
        Boolean.parseBoolean(System.getProperty("alerts.bench.close-between", "true"));
    System.out.printf("ALERT-BENCH close between rounds: %s%n", closeBetween);
    for (int round = 1; round <= rounds; round++) {
      long alertId = sendAndMeasure(round, connected);
      if (closeBetween) {
        SystemAccess.call(() -> {
          alerts.close(alertId);
          return null;
        });
        Thread.sleep(3_000);
      } else {
        Thread.sleep(1_000);
      }
    }
  }

  /** Sends one critical alert to every counselor and prints how long each socket waited for it. */
  private long sendAndMeasure(int round, List<Client> connected) throws Exception {
    String title = data.unique("Bench critical");
    connected.forEach(Client::nextRound);
    if (!connected.isEmpty()) {
      connected.getFirst().keepFrame = true;
    }
    Client.marker = title;
    Client.arrivals = new CountDownLatch(connected.size());
    AtomicLong fanOutDone = new AtomicLong();
    var registration =
        hub.addListener(signal -> {
          if (signal instanceof AlertSignal.Sent) {
            fanOutDone.compareAndSet(0, System.nanoTime());
          }
        });
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
    Map<Long, ThreadCpu> cpuBefore = threadCpu();
    long processCpuBefore = processCpuNanos();
    long[] machineBefore = machineJiffies();
    long sendStarted = System.nanoTime();
    var sent = SystemAccess.call(() -> alerts.send(draft));
    long committed = System.nanoTime();
    long committedEpoch = System.currentTimeMillis();
    Client.arrivals.await(30, TimeUnit.SECONDS);
    // The hub reports the fan-out done after the last UI.access, which may follow the last frame.
    for (int i = 0; i < 500 && fanOutDone.get() == 0; i++) {
      Thread.sleep(10);
    }
    registration.remove();
    long[] machineAfter = machineJiffies();
    long processCpu = processCpuNanos() - processCpuBefore;
    printCpu(round, cpuBefore, threadCpu(), processCpu, machineBefore, machineAfter);
    System.out.printf(
        "ALERT-BENCH round %d: commit at epoch %d ms, waiting ended at epoch %d ms%n",
        round, committedEpoch, System.currentTimeMillis());

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
    long fanOut = fanOutDone.get() == 0 ? -1 : (fanOutDone.get() - committed) / 1_000_000;
    System.out.printf(
        "ALERT-BENCH round %d: alert %d to %d recipients; send() took %d ms; server fan-out (every"
            + " UI.access done) %d ms after commit; frame with the alert: %d chars%n",
        round,
        sent.alertId(),
        sent.recipients(),
        (committed - sendStarted) / 1_000_000,
        fanOut,
        connected.isEmpty() ? -1 : connected.getFirst().markerFrameLength);
    System.out.printf(
        "ALERT-BENCH round %d: delivery to %d push sessions (%d missing): p50 %d ms, p90 %d ms,"
            + " p95 %d ms, p99 %d ms, max %d ms%n",
        round,
        latencies.size(),
        missing,
        percentile(latencies, 50),
        percentile(latencies, 90),
        percentile(latencies, 95),
        percentile(latencies, 99),
        latencies.isEmpty() ? -1 : latencies.getLast());
    System.out.println(
        "ALERT-BENCH round "
            + round
            + ": histogram (ms bucket: sessions): "
            + histogram(latencies));
    if (!connected.isEmpty() && connected.getFirst().frame != null) {
      Files.writeString(
          Path.of("target", "alert-bench-frame-" + round + ".txt"), connected.getFirst().frame);
    }
    return sent.alertId();
  }

  record ThreadCpu(String group, long nanos) {}

  /** CPU time of every live thread, with thread names grouped (digits dropped). */
  private static Map<Long, ThreadCpu> threadCpu() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Long, ThreadCpu> cpu = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long nanos = threads.getThreadCpuTime(info.getThreadId());
      if (nanos >= 0) {
        cpu.put(
            info.getThreadId(), new ThreadCpu(info.getThreadName().replaceAll("\\d+", "#"), nanos));
      }
    }
    return cpu;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Busy and total jiffies of the whole machine (all processes), from /proc/stat. */
  private static long[] machineJiffies() {
    try {
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < cpu.length; i++) {
        total += Long.parseLong(cpu[i]);
      }
      long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
      return new long[] {total - idle, total};
    } catch (Exception e) {
      return new long[] {0, 0};
    }
  }

  /**
   * Where the CPU went between the send and the last delivery: per thread group of this JVM
   * (server: alert-fanout, Atmosphere, http-nio, alert-publish; clients: HttpClient, pool), the
   * whole JVM, and the whole machine (other processes included).
   */
  private static void printCpu(
      int round,
      Map<Long, ThreadCpu> before,
      Map<Long, ThreadCpu> after,
      long processCpu,
      long[] machineBefore,
      long[] machineAfter) {
    Map<String, Long> byGroup = new java.util.TreeMap<>();
    after.forEach((id, now) -> {
      ThreadCpu then = before.get(id);
      long used = now.nanos() - (then == null ? 0 : then.nanos());
      if (used > 1_000_000) {
        byGroup.merge(now.group(), used / 1_000_000, Long::sum);
      }
    });
    long busy = machineAfter[0] - machineBefore[0];
    long total = machineAfter[1] - machineBefore[1];
    // Jiffies are 10 ms; busy jiffies of the machine beyond this JVM's CPU are other processes.
    System.out.printf(
        "ALERT-BENCH round %d: CPU ms by thread group %s; this JVM %d ms; machine busy %d%% of"
            + " %d ms over all cores, other processes about %d ms%n",
        round,
        byGroup,
        processCpu / 1_000_000,
        total == 0 ? -1 : busy * 100 / total,
        total * 10,
        Math.max(0, busy * 10 - processCpu / 1_000_000));
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
