package org.leaps.portal.training.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.leaps.portal.training.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** Shared set-up of the training module's browserless view tests. */
@PortalTest
abstract class TrainingUiTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;
  @Autowired TrainingFixtures fixtures;

  /** Runs at injection, before the browserless set-up builds the mock UI. */
  @Autowired
  void useThisContextsSecurity(RosterFixtures roster) {
    roster.useThisContextsSecurity();
  }

  @AfterEach
  void signOut() {
    // Live refreshes queued by this test's own changes run while still signed in.
    roundTrip();
    signIn.out();
  }
}
