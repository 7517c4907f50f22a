package org.leaps.portal.callout.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.leaps.portal.callout.CalloutTestData;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/** Shared set-up of the callout screens' browserless tests, with live pushes taken on demand. */
@PortalTest
abstract class CalloutUiTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;
  @Autowired CalloutTestData data;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  /** Runs the pushes queued for this page. */
  void takePushes() {
    var session = VaadinSession.getCurrent();
    session.getService().runPendingAccessTasks(session);
    roundTrip();
  }

  /** Takes pushes until the condition holds, for up to 5 s. */
  void awaitPush(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < deadline) {
      takePushes();
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Push did not arrive within 5 s");
  }
}
