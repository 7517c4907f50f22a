package org.leaps.portal.bench.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The portal's own time per request, read from Tomcat's access log ({@link #PATTERN}: start of the
 * request in epoch milliseconds, time taken in microseconds, status, method, path and query). This
 * is the time from Tomcat reading the request to the response being written, so it leaves out what
 * the driver's threads wait for a core on the shared machine. The push WebSocket is left out: its
 * "request" lasts as long as the connection.
 */
record ServerTimes(double[] all, Map<String, double[]> byKind) {

  /** Tomcat's access log pattern the load server is started with. */
  static final String PATTERN = "%{begin:msec}t %D %s %m %U%q";

  static final String FILE = "access.log";

  /** Requests that started within the window, in sorted milliseconds, all and by kind. */
  static ServerTimes read(Path log, long fromEpochMillis, long toEpochMillis) {
    List<Double> all = new ArrayList<>();
    Map<String, List<Double>> byKind = new TreeMap<>();
    for (String line : ServerLogs.lines(log)) {
      String[] parts = line.split(" ", 5);
      if (parts.length < 5) {
        continue;
      }
      long began;
      double millis;
      try {
        began = Long.parseLong(parts[0]);
        millis = Long.parseLong(parts[1]) / 1000.0;
      } catch (NumberFormatException e) {
        continue;
      }
      if (began < fromEpochMillis || began > toEpochMillis || parts[4].contains("v-r=push")) {
        continue;
      }
      all.add(millis);
      byKind.computeIfAbsent(kind(parts[3], parts[4]), k -> new ArrayList<>()).add(millis);
    }
    Map<String, double[]> sortedByKind = new TreeMap<>();
    byKind.forEach((kind, values) -> sortedByKind.put(kind, sorted(values)));
    return new ServerTimes(sorted(all), sortedByKind);
  }

  private static String kind(String method, String target) {
    if (target.contains("v-r=uidl")) {
      return "UIDL";
    }
    if (target.contains("v-r=init")) {
      return "init";
    }
    if (target.startsWith("/login")) {
      return method + " /login";
    }
    return method + " page";
  }

  private static double[] sorted(List<Double> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    java.util.Arrays.sort(out);
    return out;
  }
}
