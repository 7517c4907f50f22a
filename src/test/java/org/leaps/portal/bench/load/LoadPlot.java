package org.leaps.portal.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The load run's figures as an SVG line chart, built in Java (no script): p95 and p99 of the
 * portal's own response time (the target figures, decision 130) and the p95 the simulated browsers
 * saw, against concurrent users, with the targets (150 ms and 400 ms at 1,000 users) as dashed
 * lines. Reads the CSV {@link LoadBenchmark} writes; a CSV from before the portal's own times were
 * read is drawn with the browsers' p95 and p99.
 */
final class LoadPlot {

  record Point(
      int users,
      double p95,
      double p99,
      int errors,
      int resyncs,
      double serverP95,
      double serverP99) {}

  private LoadPlot() {}

  static List<Point> read(Path csv) throws Exception {
    List<Point> points = new ArrayList<>();
    for (String line : Files.readAllLines(csv)) {
      if (line.isBlank() || line.startsWith("users")) {
        continue;
      }
      String[] f = line.split(",");
      points.add(
          new Point(
              Integer.parseInt(f[0]),
              Double.parseDouble(f[4]),
              Double.parseDouble(f[5]),
              Integer.parseInt(f[7]),
              Integer.parseInt(f[8]),
              // Runs before the access log was read have no server columns.
              f.length > 19 ? Double.parseDouble(f[19]) : Double.NaN,
              f.length > 20 ? Double.parseDouble(f[20]) : Double.NaN));
    }
    points.sort((a, b) -> Integer.compare(a.users(), b.users()));
    return points;
  }

  static String svg(List<Point> points, String caption) {
    int width = 720;
    int height = 420;
    int left = 70;
    int right = 60;
    int top = 50;
    int bottom = 70;
    int maxUsers = points.stream().mapToInt(Point::users).max().orElse(1000);
    maxUsers = Math.max(1000, niceCeiling(maxUsers));
    List<Point> server = points.stream().filter(p -> Double.isFinite(p.serverP99())).toList();
    boolean inside = !server.isEmpty();
    double maxMillis =
        Math.max(
            450,
            points.stream()
                .mapToDouble(p -> inside ? Math.max(p.serverP99(), p.p95()) : p.p99())
                .filter(Double::isFinite)
                .max()
                .orElse(0));
    // Above a second the chart would flatten the targets; such points sit on the top edge with
    // their value written next to them.
    maxMillis = Math.min(1_000, niceCeiling((int) Math.ceil(maxMillis)));
    double plotWidth = width - left - right;
    double plotHeight = height - top - bottom;
    final int usersScale = maxUsers;
    final double millisScale = maxMillis;
    java.util.function.DoubleUnaryOperator x = u -> left + u / usersScale * plotWidth;
    java.util.function.DoubleUnaryOperator y =
        ms -> top + plotHeight - Math.min(ms, millisScale) / millisScale * plotHeight;
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\""
                + " height=\"%d\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\""
                + " aria-labelledby=\"t\">%n",
            width,
            height,
            width,
            height));
    s.append("<title id=\"t\">")
        .append(escape(caption))
        .append("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"24\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
            left,
            escape(caption)));
    // Grid lines and axis labels.
    for (int i = 0; i <= 5; i++) {
      double ms = maxMillis * i / 5;
      double yy = y.applyAsDouble(ms);
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f ms</text>%n",
              left,
              yy,
              width - right,
              yy,
              left - 6,
              yy + 4,
              ms));
    }
    for (int i = 0; i <= 5; i++) {
      double users = (double) maxUsers * i / 5;
      double xx = x.applyAsDouble(users);
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
                  + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,.0f</text>%n",
              xx,
              top,
              xx,
              height - bottom,
              xx,
              height - bottom + 18,
              users));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">concurrent simulated users</text>%n",
            left + plotWidth / 2,
            height - bottom + 40));
    // Targets.
    target(s, x, y, maxUsers, 150, "#2a7", "target p95 150 ms");
    target(s, x, y, maxUsers, 400, "#c70", "target p99 400 ms");
    if (inside) {
      series(s, server, x, y, Point::serverP95, true, "#1f5fbf", "p95 inside the portal");
      series(s, server, x, y, Point::serverP99, false, "#b03030", "p99 inside the portal");
      series(s, points, x, y, Point::p95, false, "#777", "p95 seen by the browsers");
    } else {
      series(s, points, x, y, Point::p95, true, "#1f5fbf", "p95");
      series(s, points, x, y, Point::p99, false, "#b03030", "p99");
    }
    // Legend.
    s.append(
        String.format(
            Locale.ROOT,
            "<g transform=\"translate(%d,%d)\"><rect width=\"12\" height=\"3\" y=\"-4\""
                + " fill=\"#1f5fbf\"/><text x=\"16\">%s</text>"
                + "<rect x=\"160\" width=\"12\" height=\"3\" y=\"-4\" fill=\"#b03030\"/>"
                + "<text x=\"176\">%s</text>%s<text x=\"%d\">✕: errors or resyncs</text></g>%n",
            left,
            height - 12,
            inside ? "p95 inside the portal" : "p95 seen by the browsers",
            inside ? "p99 inside the portal" : "p99",
            inside
                ? "<rect x=\"320\" width=\"12\" height=\"3\" y=\"-4\" fill=\"#777\"/>"
                    + "<text x=\"336\">p95 seen by the browsers</text>"
                : "",
            inside ? 500 : 240));
    s.append("</svg>\n");
    return s.toString();
  }

  private static void target(
      StringBuilder s,
      java.util.function.DoubleUnaryOperator x,
      java.util.function.DoubleUnaryOperator y,
      int maxUsers,
      double millis,
      String colour,
      String label) {
    double yy = y.applyAsDouble(millis);
    s.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                + " stroke-dasharray=\"6 4\"/><text x=\"%.1f\" y=\"%.1f\" fill=\"%s\""
                + " text-anchor=\"end\">%s</text>%n",
            x.applyAsDouble(0),
            yy,
            x.applyAsDouble(maxUsers),
            yy,
            colour,
            x.applyAsDouble(maxUsers) - 4,
            yy - 5,
            colour,
            escape(label)));
  }

  private static void series(
      StringBuilder s,
      List<Point> points,
      java.util.function.DoubleUnaryOperator x,
      java.util.function.DoubleUnaryOperator y,
      java.util.function.ToDoubleFunction<Point> valueOf,
      boolean p95,
      String colour,
      String name) {
    boolean left = name.contains("browsers");
    StringBuilder path = new StringBuilder();
    for (Point p : points) {
      double value = valueOf.applyAsDouble(p);
      path.append(path.isEmpty() ? "M" : " L")
          .append(
              String.format(
                  Locale.ROOT, "%.1f %.1f", x.applyAsDouble(p.users()), y.applyAsDouble(value)));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
            path,
            colour));
    for (Point p : points) {
      double value = valueOf.applyAsDouble(p);
      double xx = x.applyAsDouble(p.users());
      double yy = y.applyAsDouble(value);
      boolean bad = p.errors() > 0 || p.resyncs() > 0;
      s.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%,d users: %s %.0f ms,"
                  + " %d errors, %d resyncs</title></circle>%n",
              xx,
              yy,
              colour,
              p.users(),
              name,
              value,
              p.errors(),
              p.resyncs()));
      if (bad && p95) {
        s.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#b00\">✕</text>%n",
                xx,
                yy - 10));
      }
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"%s\"%s>%,.0f ms</text>%n",
              // The browsers' series writes its values to the left, clear of the other two.
              left ? xx - 6 : xx + 6,
              yy + (p95 || left ? 14 : -6),
              colour,
              left ? " text-anchor=\"end\"" : "",
              value));
    }
  }

  private static int niceCeiling(int value) {
    int step = value <= 500 ? 50 : value <= 2_000 ? 250 : 500;
    return ((value + step - 1) / step) * step;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** {@code LoadPlot <results.csv> <out.svg> <caption>}. */
  public static void main(String[] args) throws Exception {
    Files.writeString(Path.of(args[1]), svg(read(Path.of(args[0])), args[2]));
  }
}
