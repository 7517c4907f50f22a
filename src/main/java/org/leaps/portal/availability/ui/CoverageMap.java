package org.leaps.portal.availability.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.shared.Registration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.leaps.portal.availability.CountyCoverage;
import org.leaps.portal.base.ui.Markup;

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

  /**
   * Markup already drawn, shared by every UI: the counts are statewide, so all open maps show the
   * same few versions (one per selected county at most), and each UI keeps only a reference to one
   * immutable string instead of its own copy of 82 county outlines (decision 105). Bounded, so old
   * counts fall out as availability changes.
   */
  private static final int SHARED_VERSIONS = 64;

  private static final Map<String, String> DRAWN =
      Collections.synchronizedMap(
          new LinkedHashMap<>(SHARED_VERSIONS * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
              return size() > SHARED_VERSIONS;
            }
          });

  /** Draws the map for these counts, with {@code selectedFips} outlined (may be null). */
  public void draw(Map<String, CountyCoverage> coverage, String selectedFips) {
    CountyShapes shapes = CountyShapes.get();
    int[] counts = new int[shapes.counties().size()];
    var key = new StringBuilder(counts.length * 3 + 8);
    key.append(selectedFips).append('|');
    for (int i = 0; i < counts.length; i++) {
      CountyCoverage county = coverage.get(shapes.counties().get(i).fips());
      counts[i] = county == null ? 0 : county.eligibleResponders();
      key.append(counts[i]).append(',');
    }
    String markup =
        DRAWN.computeIfAbsent(key.toString(), k -> markup(shapes, counts, selectedFips));
    getElement().setProperty("innerHTML", markup);
  }

  private static String markup(CountyShapes shapes, int[] counts, String selectedFips) {
    var svg = new StringBuilder(40_000);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
        .append(Markup.escape(shapes.viewBox()))
        .append("\" role=\"group\" aria-label=\"Coverage map of Mississippi's 82 counties\">");
    for (int i = 0; i < counts.length; i++) {
      CountyShapes.Shape shape = shapes.counties().get(i);
      int count = counts[i];
      String label =
          shape.name()
              + " County: "
              + (count == 0 ? "no" : String.valueOf(count))
              + " privilege-eligible "
              + (count == 1 ? "counselor" : "counselors")
              + " within 30 minutes";
      boolean selected = shape.fips().equals(selectedFips);
      svg.append("<path d=\"")
          .append(Markup.escape(shape.path()))
          .append("\" data-fips=\"")
          .append(Markup.escape(shape.fips()))
          .append("\" class=\"county ")
          .append(band(count))
          .append(selected ? " selected" : "")
          .append("\" tabindex=\"0\" role=\"button\" aria-pressed=\"")
          .append(selected)
          .append("\" aria-label=\"")
          .append(Markup.escape(label))
          .append("\"><title>")
          .append(Markup.escape(label))
          .append("</title></path>");
    }
    for (int i = 0; i < counts.length; i++) {
      CountyShapes.Shape shape = shapes.counties().get(i);
      int count = counts[i];
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
    return svg.toString();
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
