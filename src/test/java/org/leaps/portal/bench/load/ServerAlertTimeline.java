package org.leaps.portal.bench.load;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a critical alert's time went inside the portal, from the line its live feed logs once the
 * open pages have taken it: when the node learned of the alert (the sender's commit), how long
 * handing it to every page took, and when that ended, each in milliseconds after the director's
 * click; and the CPU time the hand-out's threads used, which tells a slow hand-out with more work
 * from one with a smaller share of the cores. What remains up to a browser's arrival is the push
 * writers and the network.
 */
record ServerAlertTimeline(
    int pages, long learnedMillis, long handingMillis, long handedMillis, long handingCpuMillis) {

  private static final Pattern LINE =
      Pattern.compile(
          "^(\\S+Z)\\s+INFO .*Alert \\d+ \\(CRITICAL\\) handed to (\\d+) open pages on this node"
              + " in (\\d+) ms \\((\\d+) ms of CPU\\), (\\d+) ms after");

  /** The first such line logged after the click, or null if the log has none (yet). */
  static ServerAlertTimeline read(Path serverLog, long clickEpochMillis) {
    for (String line : ServerLogs.lines(serverLog)) {
      Matcher m = LINE.matcher(line);
      if (!m.find()) {
        continue;
      }
      long loggedAt;
      try {
        loggedAt = Instant.parse(m.group(1)).toEpochMilli();
      } catch (RuntimeException e) {
        continue;
      }
      if (loggedAt < clickEpochMillis) {
        continue;
      }
      long handed = loggedAt - clickEpochMillis;
      long sinceLearned = Long.parseLong(m.group(5));
      return new ServerAlertTimeline(
          Integer.parseInt(m.group(2)),
          handed - sinceLearned,
          Long.parseLong(m.group(3)),
          handed,
          Long.parseLong(m.group(4)));
    }
    return null;
  }

  String describe() {
    return String.format(
        Locale.ROOT,
        "inside the portal: the alert was committed %d ms after the click; handing it to %d open"
            + " pages took %d ms (%d ms of CPU on its threads) and ended %d ms after the click",
        learnedMillis,
        pages,
        handingMillis,
        handingCpuMillis,
        handedMillis);
  }
}
