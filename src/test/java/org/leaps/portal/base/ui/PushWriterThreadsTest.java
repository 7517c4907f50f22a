package org.leaps.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.util.concurrent.ThreadPoolExecutor;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.Broadcaster;
import org.atmosphere.cpr.BroadcasterFactory;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pool of threads that write push frames, as Atmosphere built it inside the running portal, is
 * full from the start (decision 137) and keeps its threads when they are idle (decision 136), so a
 * burst of pushes does not wait for threads to start; a writer waits Atmosphere's own time for its
 * page's next frame (decision 139).
 */
@PortalBrowserTest
class PushWriterThreadsTest {

  @Autowired ServletContext servletContext;

  @Test
  void theWritersOfPushFramesStartWithThePortalStayWhenIdleAndWaitAtmospheresTimePerPage() {
    var factory =
        (BroadcasterFactory) servletContext.getAttribute(BroadcasterFactory.class.getName());
    assertThat(factory).as("Atmosphere started with the portal").isNotNull();
    assertThat(factory.lookupAll()).as("Vaadin's push broadcaster").isNotEmpty();
    for (Broadcaster broadcaster : factory.lookupAll()) {
      var writers = broadcaster.getBroadcasterConfig().getAsyncWriteService();
      assertThat(writers).isInstanceOf(ThreadPoolExecutor.class);
      var pool = (ThreadPoolExecutor) writers;
      assertThat(pool.allowsCoreThreadTimeOut()).as("writer threads end when idle").isFalse();
      assertThat(pool.getPoolSize()).as("writer threads started").isEqualTo(pool.getCorePoolSize());
      assertThat(
              broadcaster
                  .getBroadcasterConfig()
                  .getAtmosphereConfig()
                  .getInitParameter(ApplicationConfig.BROADCASTER_WAIT_TIME))
          .as("how long a writer waits for its page's next frame: Atmosphere's default")
          .isNull();
    }
  }
}
