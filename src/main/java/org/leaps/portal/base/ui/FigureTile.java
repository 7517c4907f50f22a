package org.leaps.portal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.Locale;

/** One headline figure with its caption, styled by the shared {@code .tile} rules in styles.css. */
public class FigureTile extends Div {

  public FigureTile(String id, String label, long value) {
    var number = new Span(NumberFormat.getIntegerInstance(Locale.US).format(value));
    number.addClassName("tile-value");
    var caption = new Span(label);
    caption.addClassName("tile-label");
    add(number, caption);
    addClassName("tile");
    setId(id);
  }
}
