package org.leaps.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An open screen told "look again" by hundreds of changes a second from many threads recounts a few
 * times, and its last look sees the newest change (decision 107); other broadcasts still deliver
 * every event.
 */
@PortalTest
class UiBroadcasterFoldingTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  /** What a request's end does: the accesses queued while this thread held the session's lock. */
  private static void runQueuedAccesses() {
    VaadinSession session = VaadinSession.getCurrent();
    session.getService().runPendingAccessTasks(session);
  }

  @Test
  void manyChangesFromManyThreadsReachAScreenAFewTimesEndingWithTheNewest() throws Exception {
    signIn.as(SignIn.DIRECTOR);
    navigate(org.leaps.portal.home.ui.HomeView.class);
    UiBroadcaster<Integer> broadcaster = UiBroadcaster.atMostEvery(Duration.ofMillis(300));
    List<Integer> seen = new CopyOnWriteArrayList<>();
    broadcaster.register(UI.getCurrent(), seen::add);

    ExecutorService publishers = Executors.newFixedThreadPool(8);
    for (int thread = 0; thread < 8; thread++) {
      int base = thread * 1_000;
      publishers.submit(() -> {
        for (int i = 1; i <= 200; i++) {
          broadcaster.publish(base + i);
        }
      });
    }
    publishers.shutdown();
    assertThat(publishers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    broadcaster.publish(99_999);

    await()
        .atMost(Duration.ofSeconds(10))
        .pollInSameThread()
        .until(() -> {
          runQueuedAccesses();
          return seen.contains(99_999);
        });
    assertThat(seen).hasSizeLessThanOrEqualTo(3).last().isEqualTo(99_999);
  }

  @Test
  void aPlainBroadcasterDeliversEveryEvent() {
    signIn.as(SignIn.DIRECTOR);
    navigate(org.leaps.portal.home.ui.HomeView.class);
    UiBroadcaster<Integer> broadcaster = new UiBroadcaster<>();
    List<Integer> seen = new CopyOnWriteArrayList<>();
    broadcaster.register(UI.getCurrent(), seen::add);
    for (int i = 1; i <= 20; i++) {
      broadcaster.publish(i);
    }
    runQueuedAccesses();
    assertThat(seen).hasSize(20).last().isEqualTo(20);
  }
}
