package org.leaps.portal.callout.ui;

import java.util.List;
import java.util.Locale;
import org.leaps.portal.base.ui.Markup;
import org.leaps.portal.callout.CalloutReport;

/**
 * A horizontal bar chart as SVG text, built on the server. Labels are escaped; the bars show the
 * suppressed figure ("&lt;5" draws as a short hatched bar), so the chart reveals no more than the
 * table beside it.
 */
final class BarChart {

  private static final int ROW = 22;
  private static final int LABEL_WIDTH = 190;
  private static final int BAR_WIDTH = 230;

  private BarChart() {}

  static String svg(String title, List<CalloutReport.Count> counts) {
    int max = counts.stream().mapToInt(c -> Math.max(c.count(), 5)).max().orElse(5);
    int height = Math.max(1, counts.size()) * ROW + 6;
    var svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(LABEL_WIDTH + BAR_WIDTH + 50)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(Markup.escape(title + ": bar chart; the table beside it has the same figures"))
        .append("\">");
    int y = 3;
    for (CalloutReport.Count c : counts) {
      String shown = CalloutReport.suppressed(c.count());
      boolean hidden = "<5".equals(shown);
      int width =
          hidden ? BAR_WIDTH * 4 / max / 2 : (int) Math.round((double) BAR_WIDTH * c.count() / max);
      svg.append("<text x=\"")
          .append(LABEL_WIDTH - 6)
          .append("\" y=\"")
          .append(y + 15)
          .append("\" text-anchor=\"end\" class=\"chart-label\">")
          .append(Markup.escape(shorten(c.label())))
          .append("</text>");
      svg.append("<rect x=\"")
          .append(LABEL_WIDTH)
          .append("\" y=\"")
          .append(y + 3)
          .append("\" width=\"")
          .append(Math.max(width, c.count() == 0 ? 0 : 2))
          .append("\" height=\"")
          .append(ROW - 6)
          .append("\" class=\"")
          .append(hidden ? "chart-bar chart-bar-suppressed" : "chart-bar")
          .append("\"/>");
      svg.append("<text x=\"")
          .append(LABEL_WIDTH + Math.max(width, 2) + 4)
          .append("\" y=\"")
          .append(y + 15)
          .append("\" class=\"chart-value\">")
          .append(Markup.escape(shown))
          .append("</text>");
      y += ROW;
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static String shorten(String label) {
    return label.length() <= 30 ? label : label.substring(0, 29) + "…";
  }

  static String percent(double value) {
    return String.format(Locale.US, "%.0f%%", value * 100);
  }
}
