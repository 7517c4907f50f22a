package org.leaps.portal.bench.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The HTTP client that carries every simulated browser's push WebSocket (decision 133), and the
 * client and threads on which the director sends the critical alert (decision 141). Both are made
 * before the driver lowers its priority, and their threads (each client's selector, two readers,
 * two director threads) are left out of the renice: a browser on its own machine sends a click when
 * it is made and sees a push when the portal sends it, so the alert's clock starts and stops at the
 * portal's priority. The driver does nothing else on these threads.
 */
record PushReaders(
    HttpClient client,
    ExecutorService readers,
    HttpClient directorClient,
    ExecutorService director,
    Set<String> keptThreads)
    implements AutoCloseable {

  private static final Path TASKS = Path.of("/proc/self/task");

  static PushReaders start() throws IOException {
    Set<String> before = allThreads();
    ExecutorService readers = twoThreadsStartedNow("push-reader-");
    HttpClient client = client(readers);
    // One thread sends the alert and waits for it; the other completes the client's exchanges.
    ExecutorService director = twoThreadsStartedNow("director-");
    HttpClient directorClient = client(director);
    // A client's selector thread starts in build(), but a new thread names itself a moment
    // later: wait until both selectors, the readers and the director threads carry their names.
    Set<String> ours = new HashSet<>();
    for (int attempt = 0; attempt < 100 && !complete(ours); attempt++) {
      ours.clear();
      for (String id : allThreads()) {
        if (!before.contains(id)) {
          String name = threadName(id);
          if (name.startsWith("push-reader")
              || name.startsWith("director-")
              || name.startsWith("HttpClient-")) {
            ours.add(id);
          }
        }
      }
      if (!complete(ours)) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    return new PushReaders(client, readers, directorClient, director, Set.copyOf(ours));
  }

  /** Started here, so that they exist (and are counted) before the driver lowers its priority. */
  private static ExecutorService twoThreadsStartedNow(String namePrefix) {
    ThreadPoolExecutor threads =
        new ThreadPoolExecutor(
            2,
            2,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            Thread.ofPlatform().name(namePrefix, 0).daemon().factory());
    threads.prestartAllCoreThreads();
    return threads;
  }

  private static HttpClient client(ExecutorService executor) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(20))
        .executor(executor)
        .build();
  }

  /**
   * CPU time these threads have used so far (user and system, from the kernel's per-thread
   * counters), to show what the readers take from the portal; -1 where there is no {@code /proc}.
   */
  long cpuMillis() {
    long ticks = 0;
    for (String id : keptThreads) {
      try {
        String stat = Files.readString(TASKS.resolve(id).resolve("stat"));
        // Fields after the thread name in parentheses: state is field 3, utime 14, stime 15.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      } catch (IOException | RuntimeException e) {
        return -1;
      }
    }
    // The kernel counts in clock ticks of 1/100 s (USER_HZ) on Linux.
    return ticks * 10;
  }

  /** Two selectors, two readers and two director threads. */
  private static boolean complete(Set<String> threads) {
    return threads.size() >= 6;
  }

  @Override
  public void close() {
    client.close();
    directorClient.close();
    readers.shutdownNow();
    director.shutdownNow();
  }

  /** The kernel's ids of this process's threads; empty where there is no {@code /proc}. */
  static Set<String> allThreads() throws IOException {
    if (!Files.isDirectory(TASKS)) {
      return Set.of();
    }
    try (Stream<Path> tasks = Files.list(TASKS)) {
      return tasks
          .map(task -> task.getFileName().toString())
          .collect(java.util.stream.Collectors.toSet());
    }
  }

  /** The kernel's name of a thread (its first 15 characters). */
  private static String threadName(String id) {
    try {
      return Files.readString(TASKS.resolve(id).resolve("comm")).strip();
    } catch (IOException e) {
      return "";
    }
  }
}
