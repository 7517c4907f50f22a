package org.leaps.portal.bench.load;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's stop-the-world pauses in a window, from its unified JVM log ({@link #LOG_OPTION}:
 * every safepoint with its total time, whichever collector runs). Every request in flight waits for
 * such a pause, so long ones show in the response times' tail.
 */
record ServerPauses(int count, double totalMillis, double maxMillis, double over50Millis) {

  static final String FILE = "safepoints.log";

  /** The portal's JVM option that writes the log this reads. */
  static String logOption(Path dir) {
    return "-Xlog:safepoint:file=" + dir.resolve(FILE).toAbsolutePath() + ":utctime";
  }

  private static final Pattern LINE =
      Pattern.compile("^\\[([^\\]]+)\\].*Safepoint \"([^\"]+)\".*Total: (\\d+) ns");

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  static ServerPauses read(Path log, long fromEpochMillis, long toEpochMillis) {
    List<Double> pauses = new ArrayList<>();
    for (String line : ServerLogs.lines(log)) {
      Matcher m = LINE.matcher(line);
      if (!m.find()) {
        continue;
      }
      long at;
      try {
        at = OffsetDateTime.parse(m.group(1), TIME).toInstant().toEpochMilli();
      } catch (RuntimeException e) {
        continue;
      }
      if (at >= fromEpochMillis && at <= toEpochMillis) {
        pauses.add(Long.parseLong(m.group(3)) / 1e6);
      }
    }
    double total = pauses.stream().mapToDouble(Double::doubleValue).sum();
    double max = pauses.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double over50 = pauses.stream().filter(p -> p > 50).mapToDouble(Double::doubleValue).sum();
    return new ServerPauses(pauses.size(), total, max, over50);
  }
}
