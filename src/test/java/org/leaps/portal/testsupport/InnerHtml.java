package org.leaps.portal.testsupport;

import com.vaadin.flow.component.Component;
import org.jsoup.Jsoup;

/**
 * Reads what a component drawn as markup shows (decisions 106 and 115): the text of the first
 * element matching a CSS selector inside its {@code innerHTML}, as the browser would render it.
 */
public final class InnerHtml {

  private InnerHtml() {}

  /** The text of the first match, or an error naming the selector when nothing matches. */
  public static String text(Component component, String cssSelector) {
    String markup = component.getElement().getProperty("innerHTML", "");
    var match = Jsoup.parseBodyFragment(markup).selectFirst(cssSelector);
    if (match == null) {
      throw new AssertionError("No " + cssSelector + " in " + markup);
    }
    return match.text();
  }

  /** The texts of every match, in document order. */
  public static java.util.List<String> texts(Component component, String cssSelector) {
    String markup = component.getElement().getProperty("innerHTML", "");
    return Jsoup.parseBodyFragment(markup).select(cssSelector).eachText();
  }
}
