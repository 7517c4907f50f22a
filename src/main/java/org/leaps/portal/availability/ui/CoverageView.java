package org.leaps.portal.availability.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.CountyCoverage;
import org.leaps.portal.availability.DriveRadius;
import org.leaps.portal.security.CurrentUser;

/**
 * Statewide coverage right now: each county colored by how many privilege-eligible counselors can
 * respond within a 30-minute drive, gaps in red. Click a county for its list. An equivalent table
 * follows the map for screen readers and keyboard users. Updates live.
 */
@Route("coverage")
@PageTitle("Coverage map")
@Menu(order = 22, icon = "vaadin:map-marker", title = "Coverage map")
@RolesAllowed({"DIRECTOR", "STAFF", "LIAISON"})
@StyleSheet("styles/availability.css")
public class CoverageView extends Main {

  private final AvailabilityService service;
  private final CoverageMap map = new CoverageMap();
  private final Paragraph gaps = new Paragraph();
  private final Grid<CountyCoverage> table = new Grid<>(CountyCoverage.class, false);
  private final RespondersPanel panel;
  private List<CountyCoverage> coverage = List.of();
  private String selected;
  private Registration subscription;

  CoverageView(AvailabilityService service, CurrentUser currentUser, Clock clock) {
    this.service = service;
    addClassNames("view", "coverage-view");
    panel = new RespondersPanel(service, clock, true);

    gaps.setId("coverage-gaps");
    gaps.addClassName("coverage-gaps");
    var intro =
        new Paragraph(
            String.format(
                Locale.US,
                "Privilege-eligible counselors who are available or on call now and live within"
                    + " about 30 minutes' drive (%.0f km in a straight line) of each county's"
                    + " center. Select a county to see who can respond.",
                DriveRadius.COVERAGE_KM));
    intro.addClassName("help");
    map.addCountySelectedListener(e -> select(e.fips()));

    var mapColumn = new Div(map, legend(), credit());
    mapColumn.addClassName("map-column");
    var panelColumn = new Div(panel);
    panelColumn.addClassName("panel-column");
    var layout = new Div(mapColumn, panelColumn);
    layout.addClassName("coverage-layout");

    add(gaps, intro, layout, tableSection());
    refresh();
  }

  /**
   * The colour bands. Fixed text, so one element's markup shared by every map rather than sixteen
   * components per session (decision 106).
   */
  private static Component legend() {
    var legend = new Div();
    legend.setId("coverage-legend");
    legend.addClassName("coverage-legend");
    legend.getElement().setAttribute("role", "list");
    legend.getElement().setAttribute("aria-label", "Legend");
    legend.getElement().setProperty("innerHTML", LEGEND);
    return legend;
  }

  private static final String LEGEND =
      legendItem("cov-none", "None: coverage gap")
          + legendItem("cov-low", "1&ndash;2")
          + legendItem("cov-mid", "3&ndash;5")
          + legendItem("cov-high", "6 or more");

  private static String legendItem(String band, String text) {
    return "<div class=\"legend-item\" role=\"listitem\"><span class=\"swatch "
        + band
        + "\"></span><span>"
        + text
        + "</span></div>";
  }

  private static Component credit() {
    var credit =
        new Paragraph(
            "County shapes: U.S. Census Bureau cartographic boundary files (public domain), via"
                + " the us-atlas package.");
    credit.setId("map-credit");
    credit.addClassName("map-credit");
    return credit;
  }

  private Component tableSection() {
    table.setId("coverage-table");
    table.setAriaLabel("Coverage by county");
    table.addThemeVariants(GridVariant.ROW_STRIPES);
    table.addColumn(CountyCoverage::name).setHeader("County").setSortable(true).setFlexGrow(2);
    table
        .addColumn(CountyCoverage::eligibleResponders)
        .setHeader("Privilege-eligible within 30 min")
        .setTextAlign(ColumnTextAlign.END)
        .setSortable(true)
        .setFlexGrow(1);
    // One button per county, drawn in the browser from the row's data: 82 server-side Button
    // components with their listeners cost about as much as the rest of the view (decision 106).
    table
        .addColumn(
            LitRenderer.<CountyCoverage>of(
                    "<vaadin-button theme=\"small tertiary\""
                        + " aria-label=\"Show who can respond near ${item.county} County\""
                        + " @click=${show}>Show list</vaadin-button>")
                .withProperty("county", CountyCoverage::name)
                .withFunction("show", c -> select(c.fips())))
        .setHeader("Responders")
        .setFlexGrow(1);
    // 82 counties: the whole table in the page, no scroll box inside the page's scroll.
    table.setAllRowsVisible(true);
    var section = new Div(new H2("Coverage by county"), table);
    section.addClassName("coverage-table-section");
    return section;
  }

  private void select(String fips) {
    if (fips == null || coverage.stream().noneMatch(c -> c.fips().equals(fips))) {
      return; // a click between counties, or a code that is not a county
    }
    selected = fips;
    panel.setCounty(fips);
    drawMap();
    panel.scrollIntoView();
  }

  /** Re-reads the counts (82 numbers from the in-memory index) and redraws. */
  void refresh() {
    coverage = service.coverage();
    long none = coverage.stream().filter(c -> c.eligibleResponders() == 0).count();
    gaps.setText(
        none == 0
            ? "Every county has a privilege-eligible counselor within 30 minutes."
            : none
                + (none == 1 ? " county has" : " counties have")
                + " no privilege-eligible counselor within 30 minutes.");
    gaps.getElement().setAttribute("data-gaps", String.valueOf(none));
    table.setItems(coverage);
    drawMap();
    panel.refresh();
  }

  private void drawMap() {
    Map<String, CountyCoverage> byFips =
        coverage.stream().collect(Collectors.toMap(CountyCoverage::fips, Function.identity()));
    map.draw(byFips, selected);
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    subscription = service.subscribe(attachEvent.getUI(), change -> refresh());
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    if (subscription != null) {
      subscription.remove();
      subscription = null;
    }
  }

  CoverageMap map() {
    return map;
  }

  RespondersPanel panel() {
    return panel;
  }
}
