package org.leaps.portal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
  private final List<PushSession> sessions = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void closeConnections() {
    data.closeCriticalAlerts();
    sessions.forEach(PushSession::close);
  }

  /**
   * Signs in, retrying: concurrent sign-ins of one account can collide on the account's
   * optimistic-lock version (last sign-in time), which the login page reports as a failure.
   */
  private PushSession connect(String email) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        PushSession session = PushSession.open(http, port, email, "", "alert-bell");
        sessions.add(session);
        return session;
      } catch (PushSession.SignInFailed e) {
        if (attempt == 30) {
          throw e;
        }
        Thread.sleep(20L * attempt);
      }
    }
  }

  @Test
  void criticalAlertToManyConnectedPushSessions() throws Exception {
    int clients = Integer.getInteger("alerts.bench.clients", 500);
    String email = "counselor@leaps.example";
    long started = System.nanoTime();
    ExecutorService pool =
        Executors.newFixedThreadPool(Integer.getInteger("alerts.bench.connect-threads", 16));
    List<Future<PushSession>> pending = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      pending.add(pool.submit(() -> connect(email)));
    }
    List<PushSession> connected = new ArrayList<>();
    int failed = 0;
    String firstFailure = null;
    for (Future<PushSession> future : pending) {
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
    long lastAlertId = 0;
    for (int round = 1; round <= rounds; round++) {
      long alertId = sendAndMeasure(round, connected);
      lastAlertId = alertId;
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
    acknowledgementBurst(lastAlertId, connected.size());
  }

  /**
   * What the acknowledgements after a statewide alert cost the node's live feed: each arrives as a
   * batch of its own, concerns one person's pages, and is offered to every open page. Here a
   * thousand other people acknowledge while these pages are open (none of them wants it); the feed
   * hands them out one after the other, as it does.
   */
  private void acknowledgementBurst(long alertId, int pages) {
    int acknowledgements = Integer.getInteger("alerts.bench.acknowledgements", 1_000);
    for (int i = 0; i < 200; i++) {
      data.pushAcknowledgement(alertId, "warm.up." + i + "@bench.invalid");
    }
    int took = 0;
    long started = System.nanoTime();
    for (int i = 0; i < acknowledgements; i++) {
      took += data.pushAcknowledgement(alertId, "someone." + i + "@bench.invalid");
    }
    long nanos = System.nanoTime() - started;
    System.out.printf(
        "ALERT-BENCH acknowledgement burst: %,d acknowledgements by other people, each its own"
            + " batch, offered to %d open pages: %,d ms on the feed's thread (%.1f µs each);"
            + " pages that took one: %d%n",
        acknowledgements, pages, nanos / 1_000_000, nanos / 1_000.0 / acknowledgements, took);
  }

  /** Sends one critical alert to every counselor and prints how long each socket waited for it. */
  private long sendAndMeasure(int round, List<PushSession> connected) throws Exception {
    String title = data.unique("Bench critical");
    CountDownLatch arrivals = new CountDownLatch(connected.size());
    for (int i = 0; i < connected.size(); i++) {
      connected.get(i).expect(title, arrivals, i == 0);
    }
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
    arrivals.await(30, TimeUnit.SECONDS);
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
    for (PushSession session : connected) {
      long at = session.receivedAt();
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
        connected.isEmpty() ? -1 : connected.getFirst().markerFrameLength());
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
    if (!connected.isEmpty() && connected.getFirst().markerFrame() != null) {
      Files.writeString(
          Path.of("target", "alert-bench-frame-" + round + ".txt"),
          connected.getFirst().markerFrame());
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
