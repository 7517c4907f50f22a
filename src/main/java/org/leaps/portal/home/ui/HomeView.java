package org.leaps.portal.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.base.ui.FigureTile;
import org.leaps.portal.base.ui.Markup;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.CounselorService.RegionCount;
import org.leaps.portal.counselor.CounselorService.RosterFigures;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.PortalUser;

/**
 * Headline figures for the signed-in scope: the whole state, or the person's own agencies. An
 * officer has no program figures to see and lands on Find a peer instead.
 */
@Route("")
@PageTitle("Overview")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Overview")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver {

  /** Route of the Find a peer page (peer module), where officers land. */
  private static final String FIND_A_PEER = "find-a-peer";

  private final boolean outsideProgram;

  HomeView(CounselorService counselors, AgencyService agencies, CurrentUser currentUser) {
    addClassName("home-view");
    PortalUser user = currentUser.require();
    outsideProgram = !user.inProgram();
    if (outsideProgram) {
      return; // forwarded in beforeEnter, before any figure is read
    }
    RosterFigures figures = counselors.rosterFigures();

    String scope = user.isStatewide() ? "Statewide" : String.join(", ", user.agencyNames());
    var greeting = new H2("Welcome, " + user.displayName());
    var scopeLine = new Paragraph("Showing: " + scope);
    scopeLine.setId("scope-line");

    var tiles =
        new Div(
            new FigureTile("active-counselors", "Active counselors", figures.activeCounselors()),
            new FigureTile("privilege-eligible", "Privilege-eligible", figures.privilegeEligible()),
            agencyTile(agencies.countActiveAgenciesInScope()));
    tiles.addClassName("tiles");

    add(greeting, scopeLine, tiles, regionChart(figures));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (outsideProgram) {
      event.forwardTo(FIND_A_PEER);
    }
  }

  private Component agencyTile(long agencies) {
    return new FigureTile("active-agencies", agencies == 1 ? "Agency" : "Agencies", agencies);
  }

  /**
   * Active counselors per region, as a bar list the server draws; no charting add-on needed. The
   * list is static once drawn, so it is one element's markup rather than five components per region
   * held in every session (decision 106). Region names are escaped; the rest are numbers.
   */
  private Component regionChart(RosterFigures figures) {
    var section = new Div();
    section.addClassName("region-chart");
    section.setId("region-chart");
    long max = figures.activeByRegion().stream().mapToLong(RegionCount::counselors).max().orElse(1);
    var html = new StringBuilder("<h2>Active counselors by region</h2>");
    if (figures.activeByRegion().isEmpty()) {
      html.append("<p>No active counselors in your scope yet.</p>");
    }
    for (RegionCount region : figures.activeByRegion()) {
      html.append("<div class=\"bar-row\" data-region=\"")
          .append(Markup.escape(region.regionCode()))
          .append("\"><span class=\"bar-label\">")
          .append(Markup.escape(region.regionName()))
          .append("</span><div class=\"bar-track\"><div class=\"bar\" style=\"width: ")
          .append(Math.max(2, 100.0 * region.counselors() / max))
          .append("%;\"></div></div><span class=\"bar-value\">")
          .append(String.format(Locale.US, "%,d", region.counselors()))
          .append("</span></div>");
    }
    section.getElement().setProperty("innerHTML", html.toString());
    return section;
  }
}
