package org.leaps.portal.base.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Locale;

/**
 * One headline figure with its caption, styled by the shared {@code .tile} rules in styles.css. It
 * never changes once drawn, so the number and caption are the tile's markup, not two components
 * each (decision 106); the caption is escaped.
 */
public class FigureTile extends Div {

  public FigureTile(String id, String label, long value) {
    getElement()
        .setProperty(
            "innerHTML",
            "<span class=\"tile-value\">"
                + String.format(Locale.US, "%,d", value)
                + "</span><span class=\"tile-label\">"
                + Markup.escape(label)
                + "</span>");
    addClassName("tile");
    setId(id);
  }
}
