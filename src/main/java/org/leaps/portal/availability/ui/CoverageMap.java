package org.leaps.portal.availability.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import org.leaps.portal.availability.CountyCoverage;

/**
 * The coverage map: Mississippi's counties as server-built SVG, colored by how many
 * privilege-eligible counselors can respond within 30 minutes. Each county path is focusable,
 * labelled and carries a {@code <title>}; a click (or Enter) on a path reaches the server through
 * DOM listeners on this element, with the path's FIPS code as event data.
 *
 * <p>The markup is set as the element's inner HTML because Flow's Element API creates children in
 * the HTML namespace, where SVG does not render. Every value in it is generated here: FIPS codes,
 * county names from the bundled shape file (escaped), and numbers.
 */
@Tag("div")
public class CoverageMap extends HtmlComponent {

  /** Color bands; 0 is a gap and stands out. */
  static String band(int responders) {
    if (responders == 0) {
      return "cov-none";
    }
    if (responders <= 2) {
      return "cov-low";
    }
    if (responders <= 5) {
      return "cov-mid";
    }
    return "cov-high";
  }

  public CoverageMap() {
    addClassName("coverage-map");
    setId("coverage-map");
  }

  /** Draws the map for these counts, with {@code selectedFips} outlined (may be null). */
  public void draw(Map<String, CountyCoverage> coverage, String selectedFips) {
    CountyShapes shapes = CountyShapes.get();
    var svg = new StringBuilder(40_000);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
        .append(escape(shapes.viewBox()))
        .append("\" role=\"group\" aria-label=\"Coverage map of Mississippi's 82 counties\">");
    for (CountyShapes.Shape shape : shapes.counties()) {
      CountyCoverage county = coverage.get(shape.fips());
      int count = county == null ? 0 : county.eligibleResponders();
      String label =
          shape.name()
              + " County: "
              + (count == 0 ? "no" : String.valueOf(count))
              + " privilege-eligible "
              + (count == 1 ? "counselor" : "counselors")
              + " within 30 minutes";
      boolean selected = shape.fips().equals(selectedFips);
      svg.append("<path d=\"")
          .append(escape(shape.path()))
          .append("\" data-fips=\"")
          .append(escape(shape.fips()))
          .append("\" class=\"county ")
          .append(band(count))
          .append(selected ? " selected" : "")
          .append("\" tabindex=\"0\" role=\"button\" aria-pressed=\"")
          .append(selected)
          .append("\" aria-label=\"")
          .append(escape(label))
          .append("\"><title>")
          .append(escape(label))
          .append("</title></path>");
    }
    for (CountyShapes.Shape shape : shapes.counties()) {
      CountyCoverage county = coverage.get(shape.fips());
      int count = county == null ? 0 : county.eligibleResponders();
      svg.append("<text aria-hidden=\"true\" class=\"county-count ")
          .append(band(count))
          .append("\" x=\"")
          .append(shape.labelX())
          .append("\" y=\"")
          .append(shape.labelY())
          .append("\">")
          .append(count)
          .append("</text>");
    }
    svg.append("</svg>");
    getElement().setProperty("innerHTML", svg.toString());
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  public Registration addCountySelectedListener(ComponentEventListener<CountySelected> listener) {
    Registration click = addListener(CountyClicked.class, e -> listener.onComponentEvent(e));
    Registration key = addListener(CountyKeyed.class, e -> listener.onComponentEvent(e));
    return () -> {
      click.remove();
      key.remove();
    };
  }

  /** A county chosen on the map. */
  public abstract static class CountySelected extends ComponentEvent<CoverageMap> {
    private final String fips;

    CountySelected(CoverageMap source, boolean fromClient, String fips) {
      super(source, fromClient);
      this.fips = fips;
    }

    /** The chosen county's FIPS code, or null when the click missed every county. */
    public String fips() {
      return fips;
    }
  }

  @DomEvent("click")
  public static class CountyClicked extends CountySelected {
    public CountyClicked(
        CoverageMap source,
        boolean fromClient,
        @EventData("event.target.getAttribute('data-fips')") String fips) {
      super(source, fromClient, fips);
    }
  }

  @DomEvent(value = "keydown", filter = "event.key === 'Enter' || event.key === ' '")
  public static class CountyKeyed extends CountySelected {
    public CountyKeyed(
        CoverageMap source,
        boolean fromClient,
        @EventData("event.target.getAttribute('data-fips')") String fips) {
      super(source, fromClient, fips);
    }
  }
}
