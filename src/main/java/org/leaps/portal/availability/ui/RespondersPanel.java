package org.leaps.portal.availability.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.util.Locale;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.Responder;
import org.leaps.portal.availability.ResponseSummary;

/**
 * Who can respond now near one county: a headline, for a liaison the count of other agencies'
 * responders nearby (no names), and a lazily paged, ranked grid. Used by both "Who can respond now"
 * and the coverage map.
 */
class RespondersPanel extends Div {

  private final AvailabilityService service;
  private final Clock clock;
  private final boolean canOpenCallout;
  private final H3 heading = new H3();
  private final Paragraph summaryLine = new Paragraph();
  private final Paragraph othersLine = new Paragraph();
  private final Button openCallout =
      new Button("Open a callout here", VaadinIcon.PLUS_CIRCLE.create(), e -> openCallout());
  private Grid<Responder> grid;
  private String countyFips;

  RespondersPanel(AvailabilityService service, Clock clock, boolean canOpenCallout) {
    this.service = service;
    this.clock = clock;
    this.canOpenCallout = canOpenCallout;
    addClassName("responders-panel");
    heading.setId("responders-heading");
    summaryLine.setId("respond-summary");
    summaryLine.addClassName("respond-summary");
    othersLine.setId("other-agencies");
    othersLine.addClassName("other-agencies");
    othersLine.setVisible(false);
    openCallout.setId("open-callout-here");
    openCallout.addThemeVariants(ButtonVariant.PRIMARY);
    openCallout.addClassName("open-callout-here");
    openCallout.setVisible(false);
    add(heading, summaryLine, othersLine, openCallout);
    setCounty(null);
  }

  /**
   * The ranked list, made the first time a county is chosen: until then the panel holds no grid (a
   * coverage map is mostly looked at, not clicked). Cells are drawn in the browser from each row's
   * data instead of as server-side components per row (decision 106); Lit escapes every value, so
   * user data stays text.
   */
  private Grid<Responder> createGrid() {
    var grid = new Grid<>(Responder.class, false);
    grid.setId("responders");
    grid.addClassName("responders-grid");
    grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
    grid.setAriaLabel("Counselors who can respond now, nearest first");
    grid.addColumn(Responder::rank).setHeader("#").setWidth("2.5rem").setFlexGrow(0);
    grid.addColumn(
            LitRenderer.<Responder>of(
                    "<div class=\"responder-cell\">"
                        + "<span class=\"responder-name\">${item.name}</span>"
                        + "<span class=\"responder-agency\">${item.agency}</span>"
                        + "<div class=\"badges\">"
                        + "${item.privilege ? html`<span class=\"badge badge-privilege\">"
                        + "Privilege-eligible</span>` : ''}"
                        + "${item.pickMe ? html`<span class=\"badge badge-pickme\">Pick me</span>`"
                        + " : ''}"
                        + "${item.quiet ? html`<span class=\"badge badge-quiet\">Quiet hours"
                        + "</span>` : ''}"
                        + "</div>"
                        + "<span class=\"responder-callouts\">${item.callouts}</span></div>")
                .withProperty("name", Responder::name)
                .withProperty("agency", Responder::agencyName)
                .withProperty("privilege", Responder::privilegeEligible)
                .withProperty("pickMe", Responder::pickMe)
                .withProperty("quiet", Responder::quietHours)
                .withProperty("callouts", RespondersPanel::callouts))
        .setHeader("Counselor")
        .setFlexGrow(3);
    grid.addColumn(
            LitRenderer.<Responder>of(
                    "<div class=\"responder-cell\">"
                        + "<span class=\"responder-distance\">${item.distance}</span>"
                        + "<span class=\"responder-status\">${item.status}</span></div>")
                .withProperty("distance", r -> String.format(Locale.US, "%.0f km", r.distanceKm()))
                .withProperty("status", this::status))
        .setHeader("Distance and status")
        // Narrow on a phone, so the counselor column keeps room for a name on one line.
        .setWidth("6.5rem")
        .setFlexGrow(1);
    grid.setPageSize(50);
    grid.setEmptyStateText("No one in your scope can respond right now.");
    return grid;
  }

  private static String callouts(Responder r) {
    return r.calloutsLast30Days()
        + (r.calloutsLast30Days() == 1 ? " callout" : " callouts")
        + " in the last 30 days";
  }

  private String status(Responder r) {
    return r.status().label()
        + (r.statusUntil() == null ? "" : " until " + Times.when(r.statusUntil(), clock));
  }

  private void openCallout() {
    if (countyFips != null) {
      getUI()
          .ifPresent(ui -> ui.navigate("callouts/new", QueryParameters.of("county", countyFips)));
    }
  }

  /** Shows the county's responders, or a prompt when none is chosen. */
  void setCounty(String fips) {
    this.countyFips = fips;
    if (grid != null) {
      grid.setVisible(fips != null);
    }
    openCallout.setVisible(fips != null && canOpenCallout);
    if (fips == null) {
      heading.setText("Choose a county");
      summaryLine.setText("Pick a county to see who can respond now, nearest first.");
      othersLine.setVisible(false);
      return;
    }
    grid().setVisible(true);
    grid.setItems(
        query -> service.responders(fips, query.getOffset(), query.getLimit()).stream(),
        query -> service.summary(fips).inScope());
    refreshSummary();
  }

  String countyFips() {
    return countyFips;
  }

  /** Re-reads everything, e.g. after a live availability change. */
  void refresh() {
    if (countyFips == null) {
      return;
    }
    grid.getDataProvider().refreshAll();
    refreshSummary();
  }

  private void refreshSummary() {
    ResponseSummary summary = service.summary(countyFips);
    heading.setText("Near " + summary.countyName() + " County");
    summaryLine.setText(
        summary.inScope()
            + (summary.inScope() == 1 ? " counselor" : " counselors")
            + " in your scope can respond now, nearest to the county center first.");
    if (summary.otherAgenciesNearby() != null) {
      othersLine.setVisible(true);
      othersLine.setText(
          summary.otherAgenciesNearby()
              + " more from other agencies within about an hour's drive ("
              + Math.round(summary.nearbyKm())
              + " km). Ask the program director to send them.");
    } else {
      othersLine.setVisible(false);
    }
  }

  Grid<Responder> grid() {
    if (grid == null) {
      grid = createGrid();
      grid.setVisible(countyFips != null);
      add(grid);
    }
    return grid;
  }
}
