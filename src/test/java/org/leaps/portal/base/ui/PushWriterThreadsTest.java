package org.leaps.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.Broadcaster;
import org.atmosphere.cpr.BroadcasterFactory;
import org.atmosphere.util.ExecutorsFactory;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The writers of push frames, as Atmosphere holds them inside the running portal: each page's
 * writer gets a virtual thread of its own at once (decision 140), and waits Atmosphere's own time
 * for its page's next frame (decision 139).
 */
@PortalBrowserTest
class PushWriterThreadsTest {

  /** More pages than Atmosphere's own pool of 200 writer threads could serve at once. */
  private static final int PAGES_WRITING_AT_ONCE = 500;

  @Autowired ServletContext servletContext;

  @Test
  void everyPagesWriterRunsAtOnceOnAVirtualThreadAndWaitsAtmospheresTimePerPage() throws Exception {
    assumeTrue(
        Runtime.version().feature() >= PushWriterThreads.FIRST_JDK_WITH_UNPINNED_VIRTUAL_THREADS,
        "before JDK 24 the portal keeps Atmosphere's pool of platform threads");
    var factory =
        (BroadcasterFactory) servletContext.getAttribute(BroadcasterFactory.class.getName());
    assertThat(factory).as("Atmosphere started with the portal").isNotNull();
    assertThat(factory.lookupAll()).as("Vaadin's push broadcaster").isNotEmpty();
    for (Broadcaster broadcaster : factory.lookupAll()) {
      var config = broadcaster.getBroadcasterConfig();
      var writers = config.getAsyncWriteService();
      assertThat(config.getAtmosphereConfig().properties())
          .as("the shared pool, which broadcasters made later take")
          .containsEntry(ExecutorsFactory.ASYNC_WRITE_THREAD_POOL, writers);
      assertThat(
              config
                  .getAtmosphereConfig()
                  .getInitParameter(ApplicationConfig.BROADCASTER_WAIT_TIME))
          .as("how long a writer waits for its page's next frame: Atmosphere's default")
          .isNull();

      // Each task waits until all have started, as a page's writer holds on for its next frame:
      // they all finish only if none waits for a thread another page's writer holds.
      var allStarted = new CountDownLatch(PAGES_WRITING_AT_ONCE);
      var onVirtualThreads = new AtomicInteger();
      List<Future<Boolean>> tasks = new ArrayList<>();
      for (int page = 0; page < PAGES_WRITING_AT_ONCE; page++) {
        tasks.add(
            writers.submit(() -> {
              if (Thread.currentThread().isVirtual()) {
                onVirtualThreads.incrementAndGet();
              }
              allStarted.countDown();
              return allStarted.await(30, TimeUnit.SECONDS);
            }));
      }
      for (Future<Boolean> task : tasks) {
        assertThat(task.get(60, TimeUnit.SECONDS))
            .as("a writer saw all %d writers running together", PAGES_WRITING_AT_ONCE)
            .isTrue();
      }
      assertThat(onVirtualThreads).hasValue(PAGES_WRITING_AT_ONCE);
    }
  }
}
