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

  CounselorView openRecord(Long id) {
    return navigate("roster/" + id, CounselorView.class);
  }
}
