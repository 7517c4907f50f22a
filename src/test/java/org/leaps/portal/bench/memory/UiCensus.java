package org.leaps.portal.bench.memory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What one open UI holds, counted on the server: its state nodes (one per element, attached or kept
 * detached), its components by class, and the length of the last response Vaadin keeps to answer a
 * repeated message. Read beside the class histogram, it says which parts of a screen the bytes
 * belong to. Only the last UI created is remembered, weakly.
 */
final class UiCensus {

  private static final AtomicReference<WeakReference<UI>> LAST =
      new AtomicReference<>(new WeakReference<>(null));

  private UiCensus() {}

  /** Registers the listener that remembers each new UI. */
  @TestConfiguration
  static class Listener {
    @Bean
    VaadinServiceInitListener rememberLastUi() {
      return (ServiceInitEvent event) ->
          event.getSource().addUIInitListener(e -> LAST.set(new WeakReference<>(e.getUI())));
    }
  }

  /**
   * A printable census of the last UI created, or a note that there is none; the last response it
   * keeps is written to {@code lastResponse}.
   */
  static String ofLastUi(java.nio.file.Path lastResponse) throws java.io.IOException {
    UI ui = LAST.get().get();
    if (ui == null) {
      return "  census: no UI\n";
    }
    VaadinSession session = ui.getSession();
    session.lock();
    try {
      AtomicInteger nodes = new AtomicInteger();
      ui.getInternals().getStateTree().getRootNode().visitNodeTree(n -> nodes.incrementAndGet());
      Map<String, Integer> byClass = new TreeMap<>();
      count(ui, byClass);
      String last = ui.getInternals().getLastRequestResponse();
      java.nio.file.Files.writeString(lastResponse, last == null ? "" : last);
      var text = new StringBuilder();
      text.append(
          String.format(
              java.util.Locale.US,
              "  census of one UI: %d attached state nodes, %d components, last response kept"
                  + " %,d chars%n",
              nodes.get(),
              byClass.values().stream().mapToInt(Integer::intValue).sum(),
              last == null ? 0 : last.length()));
      byClass.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .forEach(e -> text.append(String.format("    %4d  %s%n", e.getValue(), e.getKey())));
      Map<String, Integer> listeners = new TreeMap<>();
      ui.getInternals()
          .getStateTree()
          .getRootNode()
          .visitNodeTree(node -> countListeners(node, listeners));
      text.append("  DOM event listeners by element and event:\n");
      listeners.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .forEach(e -> text.append(String.format("    %4d  %s%n", e.getValue(), e.getKey())));
      text.append("  HTTP session attributes (class of value):\n");
      var http = session.getSession();
      if (http != null) {
        for (String attribute : new java.util.TreeSet<>(http.getAttributeNames())) {
          Object value = http.getAttribute(attribute);
          text.append(
              String.format(
                  "    %s = %s%n", attribute, value == null ? "null" : value.getClass().getName()));
        }
      }
      text.append(
          String.format(
              "  Vaadin session: %d UIs, %d request handlers%n",
              session.getUIs().size(), session.getRequestHandlers().size()));
      return text.toString();
    } finally {
      session.unlock();
    }
  }

  /** Reads the listener map's event names: a diagnostic only, so reflection is acceptable. */
  private static void countListeners(
      com.vaadin.flow.internal.StateNode node, Map<String, Integer> byEvent) {
    if (!node.hasFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)) {
      return;
    }
    var map =
        node.getFeatureIfInitialized(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
            .orElse(null);
    if (map == null) {
      return;
    }
    try {
      var field = map.getClass().getDeclaredField("listeners");
      field.setAccessible(true);
      Object value = field.get(map);
      if (value instanceof Map<?, ?> events) {
        String tag =
            node.hasFeature(com.vaadin.flow.internal.nodefeature.ElementData.class)
                ? com.vaadin.flow.dom.Element.get(node).getTag()
                : "?";
        events.forEach((event, list) ->
            byEvent.merge(
                tag + " " + event,
                list instanceof java.util.List<?> l ? l.size() : 1,
                Integer::sum));
      }
    } catch (ReflectiveOperationException e) {
      byEvent.merge("unreadable", 1, Integer::sum);
    }
  }

  private static void count(Component component, Map<String, Integer> byClass) {
    byClass.merge(component.getClass().getName(), 1, Integer::sum);
    component.getChildren().forEach(child -> count(child, byClass));
  }
}
