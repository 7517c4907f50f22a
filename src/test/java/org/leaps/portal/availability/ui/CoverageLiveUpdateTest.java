package org.leaps.portal.availability.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.AvailabilityStatus;
import org.leaps.portal.availability.CountyCoverage;
import org.leaps.portal.availability.DemoCounselor;
import org.leaps.portal.availability.Responder;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.testsupport.InnerHtml;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coverage map: 82 labelled county paths, a click opens the county's list, and a counselor's
 * change reaches the director's open map and list through push, without reloading the view.
 */
@PortalTest
class CoverageLiveUpdateTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;

  @Autowired AvailabilityService service;
  @Autowired CounselorService counselors;

  Long hannah;
  String hannahCounty;

  @BeforeEach
  void hannahUnavailable() {
    hannah =
        DemoCounselor.withStatus(service, signIn, AvailabilityStatus.UNAVAILABLE).counselorId();
    signIn.as(SignIn.DIRECTOR);
    hannahCounty = counselors.findInScope(hannah).orElseThrow().getHomeCounty().getFips();
  }

  @AfterEach
  void signOut() {
    signIn.out();
  }

  private String markup(CoverageMap map) {
    return map.getElement().getProperty("innerHTML");
  }

  private static int countInMarkup(String markup, String fips) {
    Matcher m =
        Pattern.compile("data-fips=\"" + fips + "\"[^>]*aria-label=\"[^\"]*?: (no|\\d+) ")
            .matcher(markup);
    assertThat(m.find()).as("county %s on the map", fips).isTrue();
    return m.group(1).equals("no") ? 0 : Integer.parseInt(m.group(1));
  }

  @SuppressWarnings("unchecked")
  private Grid<CountyCoverage> table() {
    return $(Grid.class).id("coverage-table");
  }

  private int tableCount(String fips) {
    List<CountyCoverage> rows = table().getGenericDataView().getItems().toList();
    return rows.stream()
        .filter(c -> c.fips().equals(fips))
        .findFirst()
        .orElseThrow()
        .eligibleResponders();
  }

  @Test
  void drawsEveryCountyAsALabelledFocusablePathWithALegendAndTable() {
    CoverageView view = navigate(CoverageView.class);
    String svg = markup(view.map());
    assertThat(Pattern.compile("<path ").matcher(svg).results().count()).isEqualTo(82);
    assertThat(Pattern.compile("<title>").matcher(svg).results().count()).isEqualTo(82);
    assertThat(Pattern.compile("tabindex=\"0\" role=\"button\"").matcher(svg).results().count())
        .isEqualTo(82);
    assertThat(svg).contains("aria-label=\"Harrison County: ");
    assertThat(table().getGenericDataView().getItems().count()).isEqualTo(82);
    assertThat($(Paragraph.class).id("map-credit").getText()).contains("U.S. Census Bureau");
    assertThat(InnerHtml.texts($(Div.class).id("coverage-legend"), "[role=listitem]"))
        .containsExactly("None: coverage gap", "1–2", "3–5", "6 or more");
    // Counties with no one are the highlighted band, and the headline counts them.
    long gaps =
        table().getGenericDataView().getItems().filter(c -> c.eligibleResponders() == 0).count();
    assertThat(Pattern.compile("class=\"county cov-none").matcher(svg).results().count())
        .isEqualTo(gaps);
    assertThat($(Paragraph.class).id("coverage-gaps").getElement().getAttribute("data-gaps"))
        .isEqualTo(String.valueOf(gaps));
  }

  @Test
  void clickingACountyShowsItsRespondersAndMarksItSelected() {
    CoverageView view = navigate(CoverageView.class);
    CoverageMap map = view.map();
    ComponentUtil.fireEvent(map, new CoverageMap.CountyClicked(map, true, "28035")); // Forrest
    assertThat($(H3.class).id("responders-heading").getText()).isEqualTo("Near Forrest County");
    assertThat(markup(map))
        .containsPattern("data-fips=\"28035\" class=\"county [a-z-]+ selected\"");
    @SuppressWarnings("unchecked")
    Grid<Responder> grid = $(Grid.class).id("responders");
    List<Responder> shown = grid.getGenericDataView().getItems().limit(20).toList();
    assertThat(shown).extracting(Responder::distanceKm).isSortedAccordingTo(Double::compare);

    // A click between counties or a forged code changes nothing.
    ComponentUtil.fireEvent(map, new CoverageMap.CountyClicked(map, true, null));
    ComponentUtil.fireEvent(map, new CoverageMap.CountyKeyed(map, true, "<script>"));
    assertThat($(H3.class).id("responders-heading").getText()).isEqualTo("Near Forrest County");
  }

  @Test
  void aCounselorsChangeUpdatesTheOpenMapAndListLive() {
    CoverageView view = navigate(CoverageView.class);
    CoverageMap map = view.map();
    ComponentUtil.fireEvent(map, new CoverageMap.CountyClicked(map, true, hannahCounty));
    int before = tableCount(hannahCounty);
    assertThat(countInMarkup(markup(map), hannahCounty)).isEqualTo(before);
    @SuppressWarnings("unchecked")
    Grid<Responder> grid = $(Grid.class).id("responders");
    assertThat(grid.getGenericDataView().getItems().map(Responder::name))
        .doesNotContain("Hannah Delacroix");

    // The counselor, elsewhere, becomes available. Nothing on the director's screen is touched.
    signIn.as(SignIn.COUNSELOR);
    service.setMyStatus(AvailabilityStatus.AVAILABLE, null);
    signIn.as(SignIn.DIRECTOR);
    roundTrip();

    assertThat(tableCount(hannahCounty)).isEqualTo(before + 1);
    assertThat(countInMarkup(markup(map), hannahCounty)).isEqualTo(before + 1);
    assertThat(grid.getGenericDataView().getItems().map(Responder::name))
        .contains("Hannah Delacroix");
    assertThat(getCurrentView()).isSameAs(view);
  }

  @Test
  void theRespondListUpdatesLiveAndStaysWithinTheLiaisonsScope() {
    signIn.as(SignIn.LIAISON_HATTIESBURG);
    RespondView view = navigate(RespondView.class);
    view.panel().setCounty(hannahCounty);
    Paragraph others = $(Paragraph.class).id("other-agencies");
    int before = Integer.parseInt(others.getText().split(" ")[0]);

    signIn.as(SignIn.COUNSELOR);
    service.setMyStatus(AvailabilityStatus.ON_CALL, null);
    signIn.as(SignIn.LIAISON_HATTIESBURG);
    roundTrip();

    // The liaison learns there is one more helper nearby, never who it is.
    // Read the screen afresh, as the browser would after the push.
    others = $(Paragraph.class).id("other-agencies");
    assertThat(Integer.parseInt(others.getText().split(" ")[0])).isEqualTo(before + 1);
    @SuppressWarnings("unchecked")
    Grid<Responder> grid = $(Grid.class).id("responders");
    assertThat(grid.getGenericDataView().getItems().map(Responder::agencyName))
        .containsOnly("Hattiesburg Police Department");
  }
}
