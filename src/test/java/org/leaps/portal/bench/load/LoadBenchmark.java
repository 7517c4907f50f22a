package org.leaps.portal.bench.load;

import java.io.File;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The portal under many simultaneous users, each a {@link BrowserSession} speaking Vaadin's
 * protocol to the real application running in its own JVM ({@link LoadServer}, production mode,
 * embedded MariaDB, 10,000 counselors). Only localhost is used; the run stops by itself and prints
 * a summary per step. It asserts nothing about timings.
 *
 * <p>Per step of N concurrent users: one director on the coverage map who sends a critical alert
 * while everyone is connected; 80 % counselors who sign in and change their availability; the rest
 * liaisons (three in four, scope: one region, about 1,000 counselors) and program staff (the whole
 * 10,000) who page, sort and filter the roster grid with real grid range requests. Each waits 2 to
 * 5 s between actions. Users sign in spread over the ramp-up; figures count only the time after all
 * are connected.
 *
 * <p>Run (see docs/performance/load.md): {@code ./mvnw -B test -Dbenchmarks -Dtest=LoadBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dload.steps=100,250,500,1000}. Options: {@code
 * -Dload.hold=60} (seconds measured per step), {@code -Dload.jfr=true} (a JFR recording of the
 * server in {@code target/load/}), {@code -Dload.server.heap=2g}, {@code -Dload.server.jvm="..."}
 * (more JVM options for the portal), {@code -Dload.driver.nice=19} (0 keeps the driver's priority;
 * the push readers keep it always, decision 133).
 */
@Tag("benchmark")
class LoadBenchmark {

  private static final Path DIR = Path.of("target", "load");

  @Test
  void steppedConcurrency() throws Exception {
    List<Integer> steps = new ArrayList<>();
    for (String step : System.getProperty("load.steps", "100,250,500,1000").split(",")) {
      steps.add(Integer.parseInt(step.trim()));
    }
    int hold = Integer.getInteger("load.hold", 60);
    Files.createDirectories(DIR);
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Process server = startServer(port, steps.getLast());
    List<String> rows = new ArrayList<>();
    try (PushReaders push = PushReaders.start()) {
      awaitReady(server);
      yieldTheCpuToThePortal(push.keptThreads());
      for (int i = 0; i < steps.size(); i++) {
        StepResult result = new Step(port, steps.get(i), hold, push).run();
        System.out.println(result.summary());
        rows.add(result.csv());
        Files.write(DIR.resolve("results.csv"), csvWithHeader(rows));
        if (i < steps.size() - 1) {
          // Sessions of the finished step expire (1 minute without requests) before the next.
          Thread.sleep(Duration.ofSeconds(75));
        }
      }
    } finally {
      server.destroy();
      if (!server.waitFor(60, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
    System.out.println("LOAD results in " + DIR.resolve("results.csv"));
  }

  /**
   * The targets are for two cores serving the portal and its database; the simulated
   * browsers would be elsewhere. Here they share the cores, so the driver lowers its own priority
   * (decision 130): every thread it has gets nice {@code load.driver.nice} (default 19), and the
   * threads it makes later inherit it. The portal and MariaDB, started before, keep theirs. A
   * driver short of CPU then sends fewer requests, which the summary's request count shows. The
   * push readers ({@code keep}) keep their priority (decision 133).
   */
  private static void yieldTheCpuToThePortal(Set<String> keep) throws Exception {
    int nice = Integer.getInteger("load.driver.nice", 19);
    Set<String> threads = PushReaders.allThreads();
    if (nice <= 0 || threads.isEmpty()) {
      System.out.println("LOAD the driver keeps its priority (nice " + nice + ")");
      return;
    }
    List<String> command = new ArrayList<>(List.of("renice", "-n", String.valueOf(nice), "-p"));
    threads.stream().filter(thread -> !keep.contains(thread)).forEach(command::add);
    int exit =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start()
            .waitFor();
    System.out.println(
        "LOAD the driver's "
            + (command.size() - 4)
            + " threads run at nice "
            + nice
            + ", its "
            + keep.size()
            + " push readers at the portal's priority"
            + (exit == 0 ? "" : " (renice failed with exit " + exit + ", priority unchanged)"));
  }

  /** The same run without Maven: {@code java -cp <test classpath> ...LoadBenchmark}. */
  public static void main(String[] args) throws Exception {
    new LoadBenchmark().steppedConcurrency();
  }

  private static List<String> csvWithHeader(List<String> rows) {
    List<String> lines = new ArrayList<>();
    lines.add(StepResult.CSV_HEADER);
    lines.addAll(rows);
    return lines;
  }

  private static Process startServer(int port, int largestStep) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("surefire.test.class.path");
    if (classpath == null || classpath.isBlank()) {
      classpath = System.getProperty("java.class.path");
    }
    List<String> command = new ArrayList<>();
    command.add(java);
    String heap = System.getProperty("load.server.heap", "2g");
    command.add("-Xms" + heap);
    command.add("-Xmx" + heap);
    command.add(ServerPauses.logOption(DIR));
    // Extra JVM options for the portal, for trying another setting against the same load.
    for (String option : System.getProperty("load.server.jvm", "").trim().split("\\s+")) {
      if (!option.isEmpty()) {
        command.add(option);
      }
    }
    if (Boolean.getBoolean("load.jfr")) {
      command.add(
          "-XX:StartFlightRecording=filename="
              + DIR.resolve("server-" + largestStep + ".jfr").toAbsolutePath()
              + ",settings=profile,dumponexit=true");
      command.add("-XX:FlightRecorderOptions=stackdepth=128");
    }
    command.add("-Dload.seed.counselors=" + Math.max(500, largestStep));
    command.add("-cp");
    command.add(classpath);
    command.add(LoadServer.class.getName());
    command.add("--server.port=" + port);
    command.add("--server.address=127.0.0.1");
    command.add("--vaadin.productionMode=true");
    command.add("--leaps.db.embedded-data-dir=" + DIR.resolve("mariadb").toAbsolutePath());
    command.add("--server.servlet.session.timeout=1m");
    command.add("--logging.level.root=WARN");
    command.add("--logging.level.org.leaps=INFO");
    // The portal's own time per request (ServerTimes), next to what the simulated browsers see.
    command.add("--server.tomcat.accesslog.enabled=true");
    command.add("--server.tomcat.accesslog.directory=" + DIR.toAbsolutePath());
    command.add("--server.tomcat.accesslog.prefix=access");
    command.add("--server.tomcat.accesslog.suffix=.log");
    command.add("--server.tomcat.accesslog.rotate=false");
    command.add("--server.tomcat.accesslog.buffered=false");
    command.add("--server.tomcat.accesslog.pattern=" + ServerTimes.PATTERN);
    File log = DIR.resolve("server.log").toFile();
    System.out.println("LOAD starting the portal on localhost:" + port + ", log " + log);
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
  }

  private static void awaitReady(Process server) throws Exception {
    Path log = DIR.resolve("server.log");
    int minutes = Integer.getInteger("load.start-minutes", 20);
    long deadline = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException("The portal stopped; see " + log);
      }
      for (String line : ServerLogs.lines(log)) {
        if (line.startsWith(LoadServer.READY)) {
          System.out.println("LOAD " + line);
          return;
        }
      }
      Thread.sleep(1_000);
    }
    throw new IllegalStateException(
        "The portal did not start in " + minutes + " minutes; see " + log);
  }

  /** One step: N users ramp up, are measured for the hold time, then stop. */
  static final class Step {
    private final int port;
    private final int users;
    private final int holdSeconds;
    private final Metrics metrics = new Metrics();
    private final List<BrowserSession> connected = new ArrayList<>();
    private final AtomicInteger failedToConnect = new AtomicInteger();

    /** People who acknowledged the alert in one of their sessions. */
    private final java.util.Set<String> acknowledgedBy =
        java.util.concurrent.ConcurrentHashMap.newKeySet();

    private volatile boolean running = true;
    private final HttpClient http;
    private final PushReaders push;

    Step(int port, int users, int holdSeconds, PushReaders push) {
      this.push = push;
      this.port = port;
      this.users = users;
      this.holdSeconds = holdSeconds;
      this.http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(20))
              .executor(Executors.newVirtualThreadPerTaskExecutor())
              .build();
    }

    private String base() {
      return "http://localhost:" + port;
    }

    StepResult run() throws Exception {
      int rampSeconds = Math.max(10, users / 15);
      long loadBefore = System.nanoTime();
      String loadAverageBefore = loadAverage();
      long probeBefore = MachineSpeed.probeMillis();
      System.out.printf(
          "LOAD step %d users: ramp-up %d s, then %d s measured (load average %s, machine speed"
              + " probe %d ms)%n",
          users, rampSeconds, holdSeconds, loadAverageBefore, probeBefore);
      AtomicInteger ready = new AtomicInteger();
      DirectorUser director = new DirectorUser();
      try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
        long rampStarted = System.nanoTime();
        for (int i = 0; i < users; i++) {
          long startAt = rampStarted + (long) i * rampSeconds * 1_000_000_000L / users;
          Runnable user = i == 0 ? director : user(i);
          threads.submit(() -> {
            sleepUntil(startAt);
            if (user instanceof SimulatedUser simulated) {
              simulated.connectAndLoop(ready);
            }
          });
        }
        // Everyone connected (or failed), then the measured time.
        long connectDeadline = rampStarted + Duration.ofSeconds(rampSeconds + 120).toNanos();
        while (ready.get() + failedToConnect.get() < users && System.nanoTime() < connectDeadline) {
          Thread.sleep(200);
        }
        long rampMillis = (System.nanoTime() - rampStarted) / 1_000_000;
        System.out.printf(
            "LOAD step %d users: %d connected, %d failed to connect, in %,d ms%n",
            users, ready.get(), failedToConnect.get(), rampMillis);
        metrics.measuring = true;
        long measureStarted = System.nanoTime();
        long measureStartedEpoch = System.currentTimeMillis();
        long pushCpuBefore = push.cpuMillis();
        Thread.sleep(Duration.ofSeconds(holdSeconds / 3));
        // The director's browser is on a machine of its own: the click and its request are made
        // at the portal's priority, not when the driver next gets a core (decision 141).
        AlertRound alert = push.director().submit(director::sendAlert).get();
        long left = measureStarted + Duration.ofSeconds(holdSeconds).toNanos() - System.nanoTime();
        if (left > 0) {
          Thread.sleep(left / 1_000_000);
        }
        metrics.measuring = false;
        double measuredSeconds = (System.nanoTime() - measureStarted) / 1e9;
        System.out.printf(
            "LOAD step %d users: the push readers used %,d ms of CPU in the measured %.0f s%n",
            users, push.cpuMillis() - pushCpuBefore, measuredSeconds);
        ServerPauses pauses =
            ServerPauses.read(
                DIR.resolve(ServerPauses.FILE), measureStartedEpoch, System.currentTimeMillis());
        System.out.printf(
            Locale.ROOT,
            "LOAD step %d users: the portal stopped for %d safepoints, %.0f ms in all, the longest"
                + " %.0f ms, %.0f ms in pauses over 50 ms%n",
            users,
            pauses.count(),
            pauses.totalMillis(),
            pauses.maxMillis(),
            pauses.over50Millis());
        ServerTimes server =
            ServerTimes.read(
                DIR.resolve(ServerTimes.FILE), measureStartedEpoch, System.currentTimeMillis());
        running = false;
        threads.shutdown();
        threads.awaitTermination(60, TimeUnit.SECONDS);
        threads.shutdownNow();
        synchronized (connected) {
          connected.forEach(BrowserSession::close);
        }
        // The probe again once the portal has let go of the step's pages.
        Thread.sleep(3_000);
        long probeAfter = MachineSpeed.probeMillis();
        return new StepResult(
            users,
            ready.get(),
            failedToConnect.get(),
            rampMillis,
            measuredSeconds,
            metrics,
            server,
            alert,
            loadAverageBefore,
            loadAverage(),
            probeBefore,
            probeAfter,
            Instant.now());
      } finally {
        http.close();
        System.out.printf(
            "LOAD step %d users took %,d ms%n",
            users, (System.nanoTime() - loadBefore) / 1_000_000);
      }
    }

    private Runnable user(int index) {
      int mix = index % 20;
      if (mix < 16) {
        return new CounselorUser(index);
      } else if (mix < 19) {
        return new RosterUser("load.liaison." + (index % 300) + "@bench.invalid", 1_000);
      }
      return new RosterUser("load.staff." + (index % 100) + "@bench.invalid", 10_000);
    }

    /** A user: signs in, opens a screen, then acts every 2 to 5 s until the step ends. */
    abstract class SimulatedUser implements Runnable {
      final BrowserSession session;

      SimulatedUser() {
        this(http);
      }

      SimulatedUser(HttpClient client) {
        session = new BrowserSession(client, push.client(), base(), metrics);
      }

      abstract void connect() throws Exception;

      abstract void act(int round) throws Exception;

      void connectAndLoop(AtomicInteger ready) {
        try {
          connect();
        } catch (Exception e) {
          failedToConnect.incrementAndGet();
          metrics.error("connect: " + e);
          session.close();
          return;
        }
        synchronized (connected) {
          connected.add(session);
        }
        ready.incrementAndGet();
        run();
      }

      @Override
      public void run() {
        int round = 0;
        while (running) {
          sleepMillis(ThreadLocalRandom.current().nextLong(2_000, 5_001));
          if (!running) {
            return;
          }
          try {
            session.reportClosedOverlays();
            if (session.has("critical-alert-ack")) {
              // A critical alert is a modal dialog: the user acknowledges it before anything else.
              acknowledgedBy.add(session.name());
              try {
                session.click("alert acknowledge", "critical-alert-ack");
              } catch (BrowserSession.ProtocolException e) {
                if (session.has("critical-alert-ack")) {
                  throw e;
                }
                // Gone between the look and the click: the person acknowledged in another of
                // their pages, whose signal closed this dialog. A browser's click lands on nothing.
              }
              continue;
            }
            act(round++);
          } catch (InterruptedException e) {
            return;
          } catch (Exception e) {
            metrics.error(getClass().getSimpleName() + ": " + e);
          }
        }
      }
    }

    /** A counselor who keeps their availability current from the availability page. */
    final class CounselorUser extends SimulatedUser {
      private static final String[] STATUS = {
        "status-available", "status-on-call", "status-unavailable"
      };
      private final int index;

      CounselorUser(int index) {
        this.index = index;
      }

      @Override
      void connect() throws Exception {
        session.signIn("load.counselor." + index + "@bench.invalid");
        session.open("availability");
      }

      @Override
      void act(int round) throws Exception {
        session.click("availability status", STATUS[(index + round) % STATUS.length]);
      }
    }

    /** A liaison or staff member working the roster grid: pages, sorts, filters by name. */
    final class RosterUser extends SimulatedUser {
      private static final String[] NAMES = {"Wil", "Bro", "Ha", "Sut", "Porter1", "Ke", ""};
      private final String email;
      private final int rows;
      private List<String> sortable = List.of();

      RosterUser(String email, int rows) {
        this.email = email;
        this.rows = rows;
      }

      @Override
      void connect() throws Exception {
        session.signIn(email);
        session.open("roster");
        // The grid asks for its first rows when it is attached.
        session.gridRange("grid range", "roster-grid", 0, 50);
        sortable = session.sorterPaths();
      }

      @Override
      void act(int round) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        switch (round % 4) {
          case 0, 2 -> {
            // Like a browser's grid, scroll only within the rows it was told there are.
            int known = session.gridSize() < 0 ? rows : session.gridSize();
            int start = random.nextInt(Math.max(1, (known + 49) / 50)) * 50;
            session.gridRange("grid range", "roster-grid", start, 50);
          }
          case 1 -> {
            if (sortable.isEmpty()) {
              session.gridRange("grid range", "roster-grid", 0, 50);
            } else {
              session.gridSort(
                  "grid sort",
                  "roster-grid",
                  sortable.get(random.nextInt(sortable.size())),
                  random.nextBoolean() ? "asc" : "desc");
            }
          }
          default -> {
            session.type("roster filter", "filter-name", NAMES[random.nextInt(NAMES.length)]);
            session.confirmGridUpdates("roster-grid");
          }
        }
      }
    }

    /** The director on the coverage map, who sends one critical alert while everyone is on. */
    final class DirectorUser extends SimulatedUser {
      private final java.util.concurrent.locks.ReentrantLock busy =
          new java.util.concurrent.locks.ReentrantLock();

      /** On a client whose threads keep the portal's priority, as the alert's clock needs. */
      DirectorUser() {
        super(push.directorClient());
      }

      @Override
      void connect() throws Exception {
        session.signIn("director@leaps.example");
        session.open("coverage");
      }

      @Override
      void act(int round) throws Exception {
        if (busy.tryLock()) {
          try {
            session.navigate("coverage");
          } finally {
            busy.unlock();
          }
        }
      }

      /** Composes and sends a statewide critical alert; waits up to 15 s for every session. */
      AlertRound sendAlert() throws Exception {
        busy.lock();
        String title = "Load alert " + users + " " + System.currentTimeMillis();
        List<BrowserSession> audience;
        synchronized (connected) {
          audience = new ArrayList<>(connected);
        }
        audience.remove(session);
        try {
          {
            session.navigate("alerts/compose");
            session.type("alert title", "alert-title", title);
            session.type("alert message", "alert-message", "Load test: report availability.");
            // Severity radio buttons carry the item keys 1, 2, 3 (information, urgent, critical).
            session.type("alert severity", "alert-severity", "3");
            long opening = System.nanoTime();
            // Opens "Send this alert?", which stores the alert unsent with its deliveries.
            session.click("alert send", "alert-send");
            long confirmOpen = (System.nanoTime() - opening) / 1_000_000;
            audience.forEach(s -> s.await(title));
            long sentEpochMillis = System.currentTimeMillis();
            long sent = System.nanoTime();
            session.click("alert confirm", "alert-confirm-send");
            long confirmed = System.nanoTime();
            long deadline = sent + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < deadline
                && audience.stream().anyMatch(s -> s.awaitedArrivedNanos() == 0)) {
              Thread.sleep(50);
            }
            List<Long> latencies = new ArrayList<>();
            int missing = 0;
            int withResponse = 0;
            int settledElsewhere = 0;
            for (BrowserSession s : audience) {
              if (s.awaitedArrivedNanos() == 0 && acknowledgedBy.contains(s.name())) {
                // The same person acknowledged in another session while this one's request held
                // its page: the portal then closes the alert there before it was ever shown.
                settledElsewhere++;
              } else if (s.awaitedArrivedNanos() == 0) {
                missing++;
                if (missing <= 5) {
                  System.out.printf(
                      "LOAD alert missing on session %s: %s%n", s.name(), s.describe());
                }
              } else {
                latencies.add((s.awaitedArrivedNanos() - sent) / 1_000_000);
                if (s.awaitedCameWithResponse()) {
                  withResponse++;
                }
              }
            }
            session.navigate("coverage");
            return new AlertRound(
                audience.size(),
                latencies,
                missing,
                withResponse,
                settledElsewhere,
                (confirmed - sent) / 1_000_000,
                confirmOpen,
                ServerAlertTimeline.read(DIR.resolve("server.log"), sentEpochMillis));
          }
        } catch (Exception e) {
          metrics.error("alert: " + e);
          return new AlertRound(audience.size(), List.of(), audience.size(), 0, 0, -1, -1, null);
        } finally {
          busy.unlock();
        }
      }
    }
  }

  /**
   * @param withResponse sessions that got the alert with the response to a request of their own,
   *     sent while the fan-out reached them, rather than on the push channel
   * @param sendMillis the director's "Send now" request, as the director's browser saw it
   * @param confirmOpenMillis the request that opened "Send this alert?" (and prepared the alert)
   * @param server where the time went inside the portal, null if its log did not say
   */
  record AlertRound(
      int sessions,
      List<Long> latenciesMillis,
      int missing,
      int withResponse,
      int settledElsewhere,
      long sendMillis,
      long confirmOpenMillis,
      ServerAlertTimeline server) {}

  record StepResult(
      int users,
      int connected,
      int failedToConnect,
      long rampMillis,
      double measuredSeconds,
      Metrics metrics,
      ServerTimes server,
      AlertRound alert,
      String loadBefore,
      String loadAfter,
      long probeBeforeMillis,
      long probeAfterMillis,
      Instant at) {

    static final String CSV_HEADER =
        "users,connected,requests,p50_ms,p95_ms,p99_ms,max_ms,errors,resyncs,alert_sessions,"
            + "alert_missing,alert_p50_ms,alert_p95_ms,alert_max_ms,load_before,load_after,at,"
            + "server_requests,server_p50_ms,server_p95_ms,server_p99_ms,alert_confirm_open_ms,"
            + "alert_committed_ms,alert_handed_ms,probe_before_ms,probe_after_ms,"
            + "alert_handout_cpu_ms";

    double[] sorted() {
      return Metrics.millis(metrics.samples());
    }

    String csv() {
      double[] all = sorted();
      return String.format(
          Locale.ROOT,
          "%d,%d,%d,%.1f,%.1f,%.1f,%.1f,%d,%d,%d,%d,%.0f,%.0f,%.0f,%s,%s,%s,%d,%.1f,%.1f,%.1f,%d,%d,%d,%d,%d,%d",
          users,
          connected,
          all.length,
          Metrics.percentile(all, 50),
          Metrics.percentile(all, 95),
          Metrics.percentile(all, 99),
          all.length == 0 ? Double.NaN : all[all.length - 1],
          metrics.errors(),
          metrics.resyncs(),
          alert.sessions(),
          alert.missing(),
          Metrics.percentile(alert.latenciesMillis(), 50),
          Metrics.percentile(alert.latenciesMillis(), 95),
          Metrics.percentile(alert.latenciesMillis(), 100),
          loadBefore.replace(' ', '/'),
          loadAfter.replace(' ', '/'),
          at,
          server.all().length,
          Metrics.percentile(server.all(), 50),
          Metrics.percentile(server.all(), 95),
          Metrics.percentile(server.all(), 99),
          alert.confirmOpenMillis(),
          alert.server() == null ? -1 : alert.server().learnedMillis(),
          alert.server() == null ? -1 : alert.server().handedMillis(),
          probeBeforeMillis,
          probeAfterMillis,
          alert.server() == null ? -1 : alert.server().handingCpuMillis());
    }

    String summary() {
      double[] all = sorted();
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "%nLOAD SUMMARY %d users (%d connected, %d failed to connect, ramp-up %,d ms),"
                  + " %.0f s measured%n"
                  + "  requests %,d (%.1f/s): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms"
                  + " (seen by the simulated browsers)%n"
                  + "  server %,d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms"
                  + " (the portal's own time, Tomcat access log)%n"
                  + "  errors %d, resyncs %d, push connections closed %d%n"
                  + "  critical alert to %d sessions: %d arrived, %d missing; p50 %.0f ms, p95 %.0f"
                  + " ms, max %.0f ms after the director's confirm (that request took %d ms,"
                  + " opening \"Send this alert?\" %d ms);"
                  + " %d came with a response to the session's own request; %d were not shown"
                  + " because the person had acknowledged it in another session first%n"
                  + "  load average before %s, after %s%n"
                  + "  machine speed probe before %d ms, after %d ms (the same work on every core"
                  + " while the portal is idle; lower is faster)%n",
              users,
              connected,
              failedToConnect,
              rampMillis,
              measuredSeconds,
              all.length,
              all.length / measuredSeconds,
              Metrics.percentile(all, 50),
              Metrics.percentile(all, 95),
              Metrics.percentile(all, 99),
              all.length == 0 ? Double.NaN : all[all.length - 1],
              server.all().length,
              Metrics.percentile(server.all(), 50),
              Metrics.percentile(server.all(), 95),
              Metrics.percentile(server.all(), 99),
              server.all().length == 0 ? Double.NaN : server.all()[server.all().length - 1],
              metrics.errors(),
              metrics.resyncs(),
              metrics.pushClosed(),
              alert.sessions(),
              alert.latenciesMillis().size(),
              alert.missing(),
              Metrics.percentile(alert.latenciesMillis(), 50),
              Metrics.percentile(alert.latenciesMillis(), 95),
              Metrics.percentile(alert.latenciesMillis(), 100),
              alert.sendMillis(),
              alert.confirmOpenMillis(),
              alert.withResponse(),
              alert.settledElsewhere(),
              loadBefore,
              loadAfter,
              probeBeforeMillis,
              probeAfterMillis));
      Map<String, List<Metrics.Sample>> byLabel = new TreeMap<>();
      for (Metrics.Sample sample : metrics.samples()) {
        byLabel.computeIfAbsent(sample.label(), k -> new ArrayList<>()).add(sample);
      }
      if (alert.server() != null) {
        out.append("  ").append(alert.server().describe()).append(System.lineSeparator());
      }
      byLabel.forEach((label, samples) -> out.append(row(label, Metrics.millis(samples))));
      server.byKind().forEach((kind, sorted) -> out.append(row("server " + kind, sorted)));
      double[] ramp = Metrics.millis(metrics.rampSamples());
      out.append(
          String.format(
              Locale.ROOT,
              "  ramp-up (not counted above): %,d requests, p50 %.1f ms, p95 %.1f ms%n",
              ramp.length,
              Metrics.percentile(ramp, 50),
              Metrics.percentile(ramp, 95)));
      metrics
          .errorKinds()
          .forEach((kind, count) ->
              out.append("  ! ").append(count).append(" × ").append(kind).append('\n'));
      return out.toString();
    }
  }

  /** One summary row: a flow's or a kind of server request's count and percentiles. */
  private static String row(String label, double[] sorted) {
    return String.format(
        Locale.ROOT,
        "  %-22s %,7d  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms%n",
        label,
        sorted.length,
        Metrics.percentile(sorted, 50),
        Metrics.percentile(sorted, 95),
        Metrics.percentile(sorted, 99),
        sorted[sorted.length - 1]);
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (Exception e) {
      return "?";
    }
  }

  private static void sleepUntil(long nanoTime) {
    long left = nanoTime - System.nanoTime();
    if (left > 0) {
      sleepMillis(left / 1_000_000);
    }
  }

  private static void sleepMillis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
