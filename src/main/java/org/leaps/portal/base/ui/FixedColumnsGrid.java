package org.leaps.portal.base.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Synchronize;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDragEndEvent;
import com.vaadin.flow.component.grid.dnd.GridDragStartEvent;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.shared.Registration;

/**
 * A grid whose columns the person never resizes, freezes or realigns in the browser, so the server
 * does not listen for those changes (decision 120).
 *
 * <p>Flow gives every {@link Grid.Column} six DOM listeners that copy its width, flex grow, frozen,
 * frozen-to-end, resizable and text-align properties back from the browser. They cost about 1 KB
 * per column in every open page and carry nothing when the server alone sets those properties. A
 * {@link FixedColumn} declares the same properties as synchronized on no event, which Flow reads as
 * "do not listen": the server still sets width, flex grow and alignment as before. {@code
 * FixedColumnsGridTest} fails if a Flow upgrade changes how this is read.
 *
 * <p>Do not use it for a grid with resizable or reorderable columns, draggable rows, or one whose
 * height follows its rows.
 */
public class FixedColumnsGrid<T> extends Grid<T> {

  /** Set once {@code Grid}'s constructor has run; see {@link #addDragStartListener}. */
  private final boolean constructed;

  /** A grid for {@code beanType} with no columns made from its properties. */
  public FixedColumnsGrid(Class<T> beanType) {
    super(beanType, false);
    constructed = true;
  }

  // Grid's constructor listens for its rows being dragged, in every page, although rows can only
  // be dragged after setRowsDraggable(true). This grid's rows are never dragged: its constructor
  // call registers nothing, and a later call is refused rather than silently ignored.

  @Override
  public Registration addDragStartListener(ComponentEventListener<GridDragStartEvent<T>> listener) {
    if (constructed) {
      throw new UnsupportedOperationException("The rows of a FixedColumnsGrid are not dragged");
    }
    return () -> {};
  }

  @Override
  public Registration addDragEndListener(ComponentEventListener<GridDragEndEvent<T>> listener) {
    if (constructed) {
      throw new UnsupportedOperationException("The rows of a FixedColumnsGrid are not dragged");
    }
    return () -> {};
  }

  // The person never reorders columns, and the grid's height never follows its rows, so neither
  // property needs a listener either.

  @Override
  @Synchronize(
      property = "columnReorderingAllowed",
      value = {})
  public boolean isColumnReorderingAllowed() {
    return super.isColumnReorderingAllowed();
  }

  @Override
  @Synchronize(
      property = "allRowsVisible",
      value = {})
  public boolean isAllRowsVisible() {
    return super.isAllRowsVisible();
  }

  @Override
  protected Column<T> createColumn(Renderer<T> renderer, String columnId) {
    return new FixedColumn<>(this, columnId, renderer);
  }

  /** A column whose layout properties only the server sets. */
  public static class FixedColumn<T> extends Column<T> {

    FixedColumn(Grid<T> grid, String columnId, Renderer<T> renderer) {
      super(grid, columnId, renderer);
    }

    // Each getter below replaces the inherited one's @Synchronize (Flow reads the most specific
    // declaration of a getter) with one that names no event, so no listener is registered.

    @Override
    @Synchronize(
        property = "width",
        value = {})
    public String getWidth() {
      return super.getWidth();
    }

    @Override
    @Synchronize(
        property = "flexGrow",
        value = {})
    public int getFlexGrow() {
      return super.getFlexGrow();
    }

    @Override
    @Synchronize(
        property = "resizable",
        value = {})
    public boolean isResizable() {
      return super.isResizable();
    }

    @Override
    @Synchronize(
        property = "frozen",
        value = {})
    public boolean isFrozen() {
      return super.isFrozen();
    }

    @Override
    @Synchronize(
        property = "frozenToEnd",
        value = {})
    public boolean isFrozenToEnd() {
      return super.isFrozenToEnd();
    }

    @Override
    @Synchronize(
        property = "textAlign",
        value = {})
    public ColumnTextAlign getTextAlign() {
      return super.getTextAlign();
    }
  }
}
