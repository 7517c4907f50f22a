package org.leaps.portal.bench.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.management.ObjectName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Memory per Vaadin session and view, as a server holds it: the portal runs in production mode (the
 * pre-compiled frontend bundle, no development server) on a random port with the embedded database,
 * and each simulated user is a real HTTP session opened by {@link VaadinHttpClient}: the demo
 * sign-in form with its CSRF token, the view's bootstrap page, Vaadin's init request (the UI is
 * created on the server), the client's navigation to the route and the grids' first range requests.
 * The sessions are left open. Before and after each view's batch every collectable object is
 * collected (full GCs) and the live heap read; the difference divided by the batch size is the
 * figure. A class histogram of the difference names where the memory goes.
 *
 * <p>Run (see docs/performance/memory.md): {@code JDK_JAVA_OPTIONS="-Xmx2g" ./mvnw -B test
 * -Dbenchmarks -Dtest='SessionMemoryBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}, with
 * {@code -Dmemory.bench.sessions=N} (default 500) and {@code -Dmemory.bench.views=login,overview}
 * to choose views.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(UiCensus.Listener.class)
class SessionMemoryBenchmark {

  private static final String LIAISON = "liaison.gulfport@leaps.example";

  /** What one user opens: the route, who signs in (null: nobody) and which grids load rows. */
  record Scenario(String name, String route, String email, Map<String, Integer> gridRows) {}

  static final List<Scenario> SCENARIOS =
      List.of(
          new Scenario("login", "login", null, Map.of()),
          new Scenario("overview", "", LIAISON, Map.of()),
          new Scenario("roster", "roster", LIAISON, Map.of("roster-grid", 50)),
          // The coverage table shows all 82 rows, so the browser asks for two pages of 50.
          new Scenario("coverage", "coverage", LIAISON, Map.of("coverage-table", 100)));

  @LocalServerPort int port;

  @Test
  void kilobytesPerSessionPerView() throws Exception {
    int sessions = Integer.getInteger("memory.bench.sessions", 500);
    int warmup = Integer.getInteger("memory.bench.warmup", 30);
    List<String> wanted =
        Arrays.asList(
            System.getProperty("memory.bench.views", "login,overview,roster,coverage").split(","));
    Path out = Path.of("target", "memory-bench");
    Files.createDirectories(out);
    var client = new VaadinHttpClient("http://localhost:" + port);
    List<VaadinHttpClient.Session> keep = new ArrayList<>();
    List<String> results = new ArrayList<>();
    for (Scenario scenario : SCENARIOS) {
      if (!wanted.contains(scenario.name())) {
        continue;
      }
      // Warm-up: classes loaded, caches filled, JIT settled; these sessions stay open too.
      keep.addAll(open(client, scenario, warmup));
      long before = liveHeap();
      Map<String, long[]> histogramBefore = histogram();
      long started = System.nanoTime();
      keep.addAll(open(client, scenario, sessions));
      long openMillis = (System.nanoTime() - started) / 1_000_000;
      long after = liveHeap();
      Map<String, long[]> histogramAfter = histogram();
      double perSession = (after - before) / 1024.0 / sessions;
      String line =
          String.format(
              java.util.Locale.US,
              "MEMORY-BENCH %-9s live heap %,d KB with 0, %,d KB with %d sessions: %.1f KB per"
                  + " session (opened in %,d ms)",
              scenario.name(),
              before / 1024,
              after / 1024,
              sessions,
              perSession,
              openMillis);
      System.out.println(line);
      results.add(line);
      String diff =
          histogramDiff(histogramBefore, histogramAfter, sessions)
              + UiCensus.ofLastUi(out.resolve(scenario.name() + "-last-response.json"));
      Files.writeString(out.resolve(scenario.name() + "-histogram.txt"), line + "\n" + diff);
      System.out.println(diff);
    }
    System.out.printf(
        "MEMORY-BENCH load average %.2f, %d processors, max heap %,d MB%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / 1024 / 1024);
    results.forEach(System.out::println);
    Files.write(out.resolve("summary.txt"), results);
    if (keep.isEmpty()) {
      throw new IllegalStateException("No view chosen: " + wanted);
    }
  }

  private List<VaadinHttpClient.Session> open(VaadinHttpClient client, Scenario scenario, int count)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<VaadinHttpClient.Session>> pending = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        pending.add(
            pool.submit(
                () -> client.open(scenario.email(), scenario.route(), scenario.gridRows())));
      }
      List<VaadinHttpClient.Session> opened = new ArrayList<>();
      for (Future<VaadinHttpClient.Session> future : pending) {
        opened.add(future.get());
      }
      return opened;
    } finally {
      pool.shutdown();
    }
  }

  /** Live heap after full collections: the lowest of a few, once the figure has settled. */
  private static long liveHeap() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long lowest = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      memory.gc();
      Thread.sleep(300);
      lowest = Math.min(lowest, memory.getHeapMemoryUsage().getUsed());
    }
    return lowest;
  }

  /** {@code GC.class_histogram} of live objects (it runs a full GC): class → instances, bytes. */
  private static Map<String, long[]> histogram() throws Exception {
    String text =
        (String)
            ManagementFactory.getPlatformMBeanServer()
                .invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram",
                    new Object[] {new String[0]},
                    new String[] {String[].class.getName()});
    Map<String, long[]> byClass = new HashMap<>();
    for (String row : text.split("\n")) {
      String[] parts = row.trim().split("\\s+");
      if (parts.length >= 4 && parts[0].endsWith(":")) {
        byClass.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
      }
    }
    return byClass;
  }

  /** The classes that grew most, per session: instances and bytes. */
  private static String histogramDiff(
      Map<String, long[]> before, Map<String, long[]> after, int sessions) {
    record Growth(String type, long instances, long bytes) {}
    List<Growth> growth = new ArrayList<>();
    after.forEach((type, counts) -> {
      long[] was = before.getOrDefault(type, new long[2]);
      growth.add(new Growth(type, counts[0] - was[0], counts[1] - was[1]));
    });
    growth.sort(Comparator.comparingLong(Growth::bytes).reversed());
    var text = new StringBuilder("  per session: instances, bytes, class\n");
    growth.stream()
        .limit(60)
        .forEach(g ->
            text.append(
                String.format(
                    java.util.Locale.US,
                    "  %8.1f %10.0f  %s%n",
                    (double) g.instances() / sessions,
                    (double) g.bytes() / sessions,
                    g.type())));
    return text.toString();
  }
}
