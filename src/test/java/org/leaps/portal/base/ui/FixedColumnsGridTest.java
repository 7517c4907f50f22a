package org.leaps.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decision 120 leans on how Flow reads {@code @Synchronize}: the most specific declaration of a
 * getter wins, and one that names no event registers no listener. If a Flow upgrade changes either,
 * the first test says the plain column no longer looks as it did, or the second that the fixed one
 * listens again; then revisit the decision.
 */
class FixedColumnsGridTest {

  record Row(String name, int count) {}

  private static final List<String> LAYOUT_EVENTS =
      List.of(
          "column-drag-resize",
          "frozen-changed",
          "frozen-to-end-changed",
          "resizable-changed",
          "text-align-changed");

  private static final List<String> LAYOUT_PROPERTIES =
      List.of("width", "flexGrow", "frozen", "frozenToEnd", "resizable", "textAlign");

  @Test
  void flowGivesAPlainColumnOneListenerPerLayoutProperty() {
    var column = new Grid<>(Row.class, false).addColumn(Row::name);
    var listeners = column.getElement().getNode().getFeature(ElementListenerMap.class);
    for (String event : LAYOUT_EVENTS) {
      assertThat(listeners.getExpressions(event)).as(event).isNotEmpty();
    }
    for (String property : LAYOUT_PROPERTIES) {
      assertThat(listeners.getPropertySynchronizationMode(property)).as(property).isNotNull();
    }
  }

  @Test
  void aFixedColumnHasNoneOfThemAndTheGridNoReorderOrHeightListener() {
    var grid = new FixedColumnsGrid<>(Row.class);
    var byValue = grid.addColumn(Row::name);
    var byRenderer =
        grid.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<Row>of("<b>${item.n}</b>"));
    for (var column : List.of(byValue, byRenderer)) {
      assertThat(column).isInstanceOf(FixedColumnsGrid.FixedColumn.class);
      var listeners = column.getElement().getNode().getFeature(ElementListenerMap.class);
      for (String event : LAYOUT_EVENTS) {
        assertThat(listeners.getExpressions(event)).as(event).isEmpty();
      }
      for (String property : LAYOUT_PROPERTIES) {
        assertThat(listeners.getPropertySynchronizationMode(property)).as(property).isNull();
      }
    }
    var gridListeners = grid.getElement().getNode().getFeature(ElementListenerMap.class);
    assertThat(gridListeners.getExpressions("column-reordering-allowed-changed")).isEmpty();
    assertThat(gridListeners.getExpressions("all-rows-visible-changed")).isEmpty();
    assertThat(gridListeners.getExpressions("grid-dragstart")).isEmpty();
    assertThat(gridListeners.getExpressions("grid-dragend")).isEmpty();
    assertThat(
            new Grid<>(Row.class, false)
                .getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .getExpressions("grid-dragstart"))
        .as("a plain grid listens for dragged rows (else this override is not needed)")
        .isNotEmpty();
    assertThatThrownBy(() -> grid.addDragStartListener(e -> {}))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theServerStillSetsWidthGrowAndAlignment() {
    var grid = new FixedColumnsGrid<>(Row.class);
    var column =
        grid.addColumn(Row::count)
            .setWidth("7.25rem")
            .setFlexGrow(0)
            .setTextAlign(ColumnTextAlign.CENTER)
            .setSortable(true);
    assertThat(column.getElement().getProperty("width")).isEqualTo("7.25rem");
    assertThat(column.getWidth()).isEqualTo("7.25rem");
    assertThat(column.getFlexGrow()).isZero();
    assertThat(column.getTextAlign()).isEqualTo(ColumnTextAlign.CENTER);
    assertThat(column.isFrozen()).isFalse();
    assertThat(column.isResizable()).isFalse();
    assertThat(grid.isColumnReorderingAllowed()).isFalse();
  }
}
