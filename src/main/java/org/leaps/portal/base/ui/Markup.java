package org.leaps.portal.base.ui;

/**
 * Text made safe for markup the server writes into an element's {@code innerHTML}: the five
 * characters that could end a text or an attribute value become entities, so a value stays text.
 */
public final class Markup {

  private Markup() {}

  /** The text with {@code & < > " '} as entities; safe in element text and quoted attributes. */
  public static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
