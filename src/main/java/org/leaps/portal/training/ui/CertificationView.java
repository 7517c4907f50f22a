package org.leaps.portal.training.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.training.CertificationReport;
import org.leaps.portal.training.CertificationReport.Row;
import org.leaps.portal.training.CurrencyWindow;

/**
 * Who is current, who expires within 30, 60 or 90 days and who has lapsed: the director and staff
 * statewide, a liaison their own agency. Paged from the database; exportable as CSV.
 */
@StyleSheet("styles/training.css")
@Route("training/current")
@PageTitle("Current and expiring")
@RolesAllowed({"DIRECTOR", "STAFF", "LIAISON"})
public class CertificationView extends Main {

  private final CertificationReport report;
  final Select<CurrencyWindow> window = new Select<>();
  final Div tiles = new Div();
  final Grid<Row> grid = new Grid<>(Row.class, false);
  final Anchor export;

  CertificationView(CertificationReport report, CurrentUser currentUser) {
    this.report = report;
    addClassNames("view", "certification-view");
    window.setLabel("Show");
    window.setId("currency-window");
    window.setItems(CurrencyWindow.values());
    window.setEmptySelectionAllowed(true);
    window.setEmptySelectionCaption("Everyone");
    window.setItemLabelGenerator(w -> w == null ? "Everyone" : w.label());
    window.setValue(CurrencyWindow.WITHIN_30_DAYS);
    window.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    tiles.setId("currency-tiles");
    tiles.addClassName("currency-tiles");
    Map<CurrencyWindow, Long> counts = report.summary();
    for (CurrencyWindow w : CurrencyWindow.values()) {
      var value = new Span(String.valueOf(counts.get(w)));
      value.addClassName("currency-count");
      var label = new Span(w.label());
      var tile = new Div(value, label);
      tile.addClassName("currency-tile");
      tile.getElement().setAttribute("data-window", w.name());
      tile.getElement().setAttribute("role", "button");
      tile.getElement().setAttribute("tabindex", "0");
      tile.addClickListener(e -> window.setValue(w));
      tiles.add(tile);
    }
    export = new Anchor(exportHandler(), "Export CSV");
    export.setId("currency-export");
    export.setTarget(AnchorTarget.BLANK);
    export.getElement().setAttribute("download", true);
    var bar = new Div(window, export);
    bar.addClassName("training-filters");

    grid.setId("currency-grid");
    grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
    grid.addColumn(new ComponentRenderer<>(CertificationView::who))
        .setHeader("Counselor")
        .setFlexGrow(1);
    grid.addColumn(new ComponentRenderer<>(CertificationView::due))
        .setHeader("Recertification due")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItemsPageable(
        pageable -> report.page(window.getValue(), pageable),
        pageable -> report.count(window.getValue()));
    grid.setEmptyStateText("Nobody in this window.");
    grid.addItemClickListener(e ->
        getUI().ifPresent(ui -> ui.navigate("roster/" + e.getItem().counselor().counselorId())));
    add(
        new H2("Current and expiring"),
        new Paragraph(
            currentUser.require().isStatewide()
                ? "Active counselors statewide by when their certification runs out."
                : "Your agency's active counselors by when their certification runs out."),
        tiles,
        bar,
        grid);
  }

  private static Div who(Row row) {
    var name = new Span(row.counselor().lastName() + ", " + row.counselor().firstName());
    name.addClassName("enrollee-name");
    var agency = new Span(row.counselor().agencyName());
    agency.addClassName("enrollee-meta");
    var cell = new Div(name, agency);
    cell.addClassName("enrollee-cell");
    return cell;
  }

  private static Div due(Row row) {
    long days = row.daysLeft();
    var date = new Span(TrainingFormat.day(row.counselor().recertificationDue()));
    var left =
        new Span(
            days < 0
                ? "lapsed " + (-days) + (days == -1 ? " day ago" : " days ago")
                : days == 0 ? "due today" : "in " + days + (days == 1 ? " day" : " days"));
    left.addClassName("currency-left");
    left.getElement().setAttribute("data-window", row.window().name());
    var badge =
        new Span(
            row.counselor().privilegeEligible() ? "Privilege-eligible" : "Not privilege-eligible");
    badge.addClassName("privilege-badge");
    badge.addClassName(row.counselor().privilegeEligible() ? "eligible" : "not-eligible");
    var cell = new Div(date, left, badge);
    cell.addClassName("currency-cell");
    return cell;
  }

  private DownloadHandler exportHandler() {
    return event -> {
      event.setFileName("recertification-" + report.today() + ".csv");
      event.setContentType("text/csv; charset=UTF-8");
      exportTo(event.getOutputStream());
    };
  }

  /** Writes the chosen window as CSV (UTF-8 with a byte-order mark, for spreadsheets). */
  int exportTo(OutputStream stream) throws IOException {
    Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    out.write('\uFEFF');
    int rows = report.exportCsv(window.getValue(), out);
    out.flush();
    return rows;
  }
}
