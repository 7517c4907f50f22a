package org.leaps.portal.agency.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adds a feature stylesheet from META-INF/resources/styles as a style element. The security
 * configuration answers 403 to static files under /styles, so @StyleSheet cannot load them yet.
 */
final class InlineStyles {

  private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

  private InlineStyles() {}

  static void add(Component view, String name) {
    String css = CACHE.computeIfAbsent(name, InlineStyles::read);
    view.getElement().appendChild(new Element("style").setText(css));
  }

  private static String read(String name) {
    try (InputStream in =
        InlineStyles.class.getResourceAsStream("/META-INF/resources/styles/" + name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
