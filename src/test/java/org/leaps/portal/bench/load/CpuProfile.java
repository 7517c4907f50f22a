package org.leaps.portal.bench.load;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU went, from the JFR recording of a load run ({@code -Dload.jfr=true}):
 * execution samples (Java code on CPU) between two instants, counted by the method on top of the
 * stack (self), by the portal's own method nearest the top (which feature asked for the work), and
 * by "area" (the first frame's package, shortened), so that the report does not depend on reading
 * five-frame stacks. JDK only.
 *
 * <p>{@code java -cp target/test-classes org.leaps.portal.bench.load.CpuProfile
 * target/load/server-1000.jfr [from-instant] [to-instant]}
 *
 * <p>With {@code -Dprofile.event=jdk.CPUTimeSample} it counts the samples of JDK 25's CPU-time
 * sampler instead (recorded with {@code jdk.CPUTimeSample#enabled=true}): one per period of CPU
 * time a thread used, so every busy thread is counted by what it used. The execution sampler looks
 * at a few threads per period, and on busy cores with hundreds of threads it misses most of a short
 * burst such as an alert's hand-out.
 */
public final class CpuProfile {

  private CpuProfile() {}

  public static void main(String[] args) throws Exception {
    Instant from = args.length > 1 ? Instant.parse(args[1]) : Instant.MIN;
    Instant to = args.length > 2 ? Instant.parse(args[2]) : Instant.MAX;
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> portal = new HashMap<>();
    Map<String, Integer> area = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Integer> threads = new HashMap<>();
    String sampleEvent = System.getProperty("profile.event", "jdk.ExecutionSample");
    int samples = 0;
    try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
      while (recording.hasMoreEvents()) {
        RecordedEvent event = recording.readEvent();
        if (!event.getEventType().getName().equals(sampleEvent)) {
          continue;
        }
        if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
          continue;
        }
        RecordedStackTrace stack = event.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty()) {
          continue;
        }
        samples++;
        var thread =
            event.hasField("sampledThread") ? event.getThread("sampledThread") : event.getThread();
        threads.merge(
            thread == null ? "?" : thread.getJavaName().replaceAll("\\d+", "#"), 1, Integer::sum);
        List<RecordedFrame> frames = stack.getFrames();
        self.merge(name(frames.getFirst()), 1, Integer::sum);
        area.merge(area(frames.getFirst()), 1, Integer::sum);
        String nearest = "(no portal frame)";
        for (RecordedFrame frame : frames) {
          String type = frame.getMethod().getType().getName();
          if (type.startsWith("org.leaps.portal") && !type.contains("$$")) {
            nearest = name(frame);
            break;
          }
        }
        portal.merge(nearest, 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
          String method = name(frame);
          if (seen.add(method)) {
            inclusive.merge(method, 1, Integer::sum);
          }
        }
      }
    }
    System.out.printf("CPU samples: %,d%n", samples);
    print("threads", threads, samples, 12);
    print("area of the top frame", area, samples, 25);
    print("top frame (self)", self, samples, 30);
    print("nearest portal method", portal, samples, 30);
    print("inclusive (on the stack)", inclusive, samples, 60);
    Map<String, Integer> portalInclusive = new HashMap<>();
    inclusive.forEach((method, count) -> {
      if (method.startsWith("org.leaps.portal") && !method.contains("$$")) {
        portalInclusive.put(method, count);
      }
    });
    print("inclusive, the portal's own methods", portalInclusive, samples, 40);
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static String area(RecordedFrame frame) {
    String type = frame.getMethod().getType().getName();
    String[] parts = type.split("\\.");
    int keep = type.startsWith("org.leaps.portal") ? 4 : Math.min(3, parts.length - 1);
    return String.join(".", java.util.Arrays.copyOf(parts, Math.max(1, keep)));
  }

  private static void print(String title, Map<String, Integer> counts, int total, int limit) {
    System.out.printf("%n-- %s%n", title);
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(limit)
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    sorted.forEach((key, count) ->
        System.out.printf("%6d  %5.1f %%  %s%n", count, 100.0 * count / Math.max(1, total), key));
  }
}
