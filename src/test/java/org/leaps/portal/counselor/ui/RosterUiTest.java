package org.leaps.portal.counselor.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/** Shared set-up of the roster's browserless view tests. */
@PortalTest
abstract class RosterUiTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;
  @Autowired RosterFixtures fixtures;

  /** Runs at injection, before the browserless set-up builds the mock UI. */
  @Autowired
  void useThisContextsSecurity(org.leaps.portal.counselor.RosterFixtures fixtures) {
    fixtures.useThisContextsSecurity();
  }

  @AfterEach
  void signOut() {
    signIn.out();
  }

  /** The position of a column among the visible ones, as the grid tester counts. */
  static int visibleIndex(com.vaadin.flow.component.grid.Grid<?> grid, String key) {
    var visible = grid.getColumns().stream().filter(c -> c.isVisible()).toList();
    for (int i = 0; i < visible.size(); i++) {
      if (key.equals(visible.get(i).getKey())) {
        return i;
      }
    }
    throw new IllegalArgumentException(key);
  }

  /**
   * What a cell drawn in the browser shows for one of its values: the value the server sends for
   * the row under {@code property} of the column's Lit template.
   */
  @SuppressWarnings("unchecked")
  static <T> Object cellValue(
      com.vaadin.flow.component.grid.Grid.Column<T> column, String property, T row) {
    var renderer = (com.vaadin.flow.data.renderer.LitRenderer<T>) column.getRenderer();
    var value = renderer.getValueProviders().get(property);
    if (value == null) {
      throw new IllegalArgumentException("No " + property + " in the column's template");
    }
    return value.apply(row);
  }

  CounselorView openRecord(Long id) {
    return navigate("roster/" + id, CounselorView.class);
  }
}
