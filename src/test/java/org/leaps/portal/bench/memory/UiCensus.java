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

  /** A printable census of the last UI created, or a note that there is none. */
  static String ofLastUi() {
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
      return text.toString();
    } finally {
      session.unlock();
    }
  }

  private static void count(Component component, Map<String, Integer> byClass) {
    byClass.merge(component.getClass().getName(), 1, Integer::sum);
    component.getChildren().forEach(child -> count(child, byClass));
  }
}
