package org.leaps.portal.callout.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.leaps.portal.base.TimeConfiguration;
import org.leaps.portal.callout.CalloutReport;
import org.leaps.portal.callout.CalloutReports;

/**
 * Callout reports for grant reviewers and the program: by month, category, region and agency,
 * response times and counselor hours. Every count from 1 to 4 shows as "&lt;5" here, in the CSV
 * export and on the printable page ({@code callouts/reports/print}). Each chart is server-built SVG
 * with a table beside it.
 */
@Route("callouts/reports")
@PageTitle("Callout reports")
@Menu(order = 20, icon = "vaadin:chart", title = "Callout reports")
@RolesAllowed({"DIRECTOR", "STAFF", "LIAISON"})
@StyleSheet("styles/callouts.css")
public class CalloutReportView extends Main implements HasUrlParameter<String> {

  private final CalloutReports reports;
  private final Clock clock;
  final Select<Integer> months = new Select<>();
  final Div content = new Div();
  final Paragraph totals = new Paragraph();
  private boolean print;
  private CalloutReport report;

  CalloutReportView(CalloutReports reports, Clock clock) {
    this.reports = reports;
    this.clock = clock;
    addClassNames("view", "callout-report-view");
    months.setId("report-months");
    months.setLabel("Period");
    months.setItems(1, 3, 6, 12, 24);
    months.setItemLabelGenerator(n -> n == 1 ? "This month" : "Last " + n + " months");
    months.setValue(12);
    months.addValueChangeListener(e -> show());
    content.setId("report");
    totals.setId("report-totals");
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
    print = "print".equals(parameter);
    removeAll();
    var heading = new H2("Callout reports");
    if (print) {
      addClassName("printable");
      var printButton = new Button("Print", e -> getElement().executeJs("window.print()"));
      printButton.setId("print");
      add(heading, printButton, content);
    } else {
      DownloadHandler handler =
          ev -> {
            ev.setFileName("callout-report.csv");
            ev.setContentType("text/csv; charset=UTF-8");
            var out = new OutputStreamWriter(ev.getOutputStream(), StandardCharsets.UTF_8);
            out.write('\uFEFF');
            reports.exportCsv(report, out);
            out.flush();
          };
      var csv =
          new Anchor(handler, com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, "Export CSV");
      csv.setId("report-csv");
      var printable = new Anchor("callouts/reports/print", "Printable page");
      printable.setTarget(AnchorTarget.BLANK);
      printable.setId("report-print");
      var links = new Div(months, csv, printable);
      links.addClassName("report-links");
      add(heading, links, content);
    }
    show();
  }

  void show() {
    LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.PROGRAM_ZONE));
    YearMonth last = YearMonth.from(today);
    LocalDate from = last.minusMonths(months.getValue() - 1).atDay(1);
    report = reports.report(from, last.plusMonths(1).atDay(1));
    content.removeAll();
    totals.setText(
        CalloutReport.suppressed(report.callouts())
            + " callouts from "
            + from
            + " to "
            + last.atEndOfMonth()
            + ". Counselor hours on callouts: "
            + String.format(Locale.US, "%.1f", report.counselorHours())
            + ". Counts from 1 to 4 show as \"<5\".");
    content.add(totals, times(report));
    content.add(section("By month", report.byMonth()));
    content.add(section("By category", report.byCategory()));
    content.add(section("By region", report.byRegion()));
    content.add(section("By requesting agency", report.byAgency()));
  }

  private Component times(CalloutReport r) {
    var table = new NativeTable();
    table.setId("report-times");
    table.addClassName("report-table");
    var head =
        new NativeTableHeader(
            new NativeTableRow(
                new NativeTableHeaderCell("From the request"),
                new NativeTableHeaderCell("Callouts"),
                new NativeTableHeaderCell("Median"),
                new NativeTableHeaderCell("90th percentile")));
    var body =
        new NativeTableBody(
            timesRow("to first acceptance", r.toFirstAcceptance()),
            timesRow("to first on scene", r.toFirstOnScene()));
    table.add(head, body);
    return new Div(new H3("Response times"), table);
  }

  private static NativeTableRow timesRow(String label, CalloutReport.Times t) {
    return new NativeTableRow(
        new NativeTableCell(label),
        new NativeTableCell(CalloutReport.suppressed(t.n())),
        new NativeTableCell(minutes(t.median())),
        new NativeTableCell(minutes(t.p90())));
  }

  private static String minutes(Duration d) {
    return d == null ? "–" : CalloutFormat.duration(d);
  }

  private Component section(String title, List<CalloutReport.Count> counts) {
    var chart = new Div();
    chart.addClassName("report-chart");
    chart.getElement().setProperty("innerHTML", BarChart.svg(title, counts));
    chart.getElement().setAttribute("aria-hidden", "true");
    var table = new NativeTable();
    table.addClassName("report-table");
    table.add(
        new NativeTableHeader(
            new NativeTableRow(
                new NativeTableHeaderCell(capitalized(title.replace("By ", ""))),
                new NativeTableHeaderCell("Callouts"))));
    var body = new NativeTableBody();
    for (CalloutReport.Count c : counts) {
      body.add(
          new NativeTableRow(
              new NativeTableCell(c.label()),
              new NativeTableCell(CalloutReport.suppressed(c.count()))));
    }
    if (counts.isEmpty()) {
      body.add(new NativeTableRow(new NativeTableCell("No callouts"), new NativeTableCell("0")));
    }
    table.add(body);
    // The printable page has the tables only, so they start at the left edge.
    var pair = print ? new Div(table) : new Div(chart, table);
    pair.addClassName("report-pair");
    var section = new Div(new H3(title), pair);
    section.addClassName("report-section");
    return section;
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  CalloutReport report() {
    return report;
  }
}
