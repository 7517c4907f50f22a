package org.leaps.portal.bench.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the simulated users saw during one step: every request's server response time (from sending
 * the request until its whole response was read, on localhost), errors, resyncs, closed push
 * connections and alert arrivals. Only what happens while {@link #measuring} counts; the ramp-up is
 * kept apart.
 */
final class Metrics {

  record Sample(String label, long micros, boolean ok) {}

  volatile boolean measuring;
  private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Sample> rampSamples = new ConcurrentLinkedQueue<>();
  private final AtomicInteger errors = new AtomicInteger();
  private final AtomicInteger resyncs = new AtomicInteger();
  private final AtomicInteger pushClosed = new AtomicInteger();
  private final Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<BrowserSession> alertArrivals = new ConcurrentLinkedQueue<>();

  void request(String label, long startedNanos, boolean ok) {
    long micros = (System.nanoTime() - startedNanos) / 1_000;
    Sample sample = new Sample(label, micros, ok);
    (measuring ? samples : rampSamples).add(sample);
    if (!ok) {
      error(label + ": failed response");
    }
  }

  void error(String what) {
    errors.incrementAndGet();
    errorKinds.computeIfAbsent(trim(what), k -> new AtomicInteger()).incrementAndGet();
  }

  void resync(String what) {
    resyncs.incrementAndGet();
    errorKinds.computeIfAbsent("resync: " + trim(what), k -> new AtomicInteger()).incrementAndGet();
  }

  void pushClosed(String what) {
    pushClosed.incrementAndGet();
    errorKinds.computeIfAbsent("push: " + trim(what), k -> new AtomicInteger()).incrementAndGet();
  }

  void alertArrived(BrowserSession session) {
    alertArrivals.add(session);
  }

  private static String trim(String what) {
    String line = what.replaceAll("\\d{3,}", "#");
    return line.length() > 160 ? line.substring(0, 160) : line;
  }

  int errors() {
    return errors.get();
  }

  int resyncs() {
    return resyncs.get();
  }

  int pushClosed() {
    return pushClosed.get();
  }

  Map<String, Integer> errorKinds() {
    Map<String, Integer> kinds = new TreeMap<>();
    errorKinds.forEach((k, v) -> kinds.put(k, v.get()));
    return kinds;
  }

  List<Sample> samples() {
    return new ArrayList<>(samples);
  }

  List<Sample> rampSamples() {
    return new ArrayList<>(rampSamples);
  }

  /** Sorted response times in milliseconds (fractional). */
  static double[] millis(List<Sample> samples) {
    double[] values = new double[samples.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = samples.get(i).micros() / 1000.0;
    }
    java.util.Arrays.sort(values);
    return values;
  }

  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  static double percentile(List<Long> sortedMillis, double p) {
    if (sortedMillis.isEmpty()) {
      return Double.NaN;
    }
    List<Long> copy = new ArrayList<>(sortedMillis);
    Collections.sort(copy);
    int index = (int) Math.ceil(p / 100.0 * copy.size()) - 1;
    return copy.get(Math.max(0, Math.min(copy.size() - 1, index)));
  }
}
