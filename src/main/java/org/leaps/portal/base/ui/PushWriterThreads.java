package org.leaps.portal.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.spring.SpringServlet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.Broadcaster;
import org.atmosphere.cpr.BroadcasterFactory;
import org.atmosphere.util.ExecutorsFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;

/**
 * Atmosphere's threads that write push frames: one virtual thread per page's writer (decision 140),
 * or, on a JDK older than 24, a pool started with the portal and kept when idle (decisions 136 and
 * 137).
 *
 * <p>Vaadin hands every push frame to Atmosphere, whose one dispatching thread passes each page's
 * frames to a writer task. A writer writes what its page has queued, then waits Atmosphere's 100 ms
 * for the page's next frame before it lets its thread go (decision 139 keeps that wait). In
 * Atmosphere's own pool of 200 threads, a critical alert to a thousand open pages therefore went
 * out 200 pages per 100 ms. On a virtual thread the wait holds no platform thread, so every page's
 * writer starts at once. Before JDK 24 a virtual thread that blocks while it holds a monitor keeps
 * one of the few carrier threads (JEP 491 ended that), and the write path through Atmosphere and
 * Tomcat has not been checked for every monitor, so there the pool stays: started ahead, since on
 * two busy cores each thread start took about 12 ms, and kept when idle.
 */
@Component
class PushWriterThreads implements BeanPostProcessor, VaadinServiceInitListener {

  private static final Logger log = LoggerFactory.getLogger(PushWriterThreads.class);

  /** JEP 491: from JDK 24 a virtual thread blocked in {@code synchronized} frees its carrier. */
  static final int FIRST_JDK_WITH_UNPINNED_VIRTUAL_THREADS = 24;

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof ServletRegistrationBean<?> registration
        && registration.getServlet() instanceof SpringServlet) {
      // Atmosphere reads its settings from the init parameters of Vaadin's servlet.
      registration.addInitParameter(ApplicationConfig.ALLOW_CORE_THREAD_TIMEOUT, "false");
      // The writer's wait for its page's next frame stays Atmosphere's 100 ms. With no wait, pages
      // in the browser tests missed live pushes and one resynchronized (decision 139): a writer
      // that leaves its page at once hands the page's next frame to Atmosphere's racy start of a
      // new writer queue after nearly every frame instead of after 100 quiet milliseconds.
    }
    return bean;
  }

  /** Vaadin has set up push (and so Atmosphere) before it calls its init listeners. */
  @Override
  public void serviceInit(ServiceInitEvent event) {
    if (!(event.getSource() instanceof VaadinServletService service)
        || service.getServlet() == null) {
      return;
    }
    var factory =
        (BroadcasterFactory)
            service
                .getServlet()
                .getServletContext()
                .getAttribute(BroadcasterFactory.class.getName());
    if (factory == null) {
      log.warn("Push writer threads not started ahead: Atmosphere is not set up");
      return;
    }
    List<Broadcaster> broadcasters = List.copyOf(factory.lookupAll());
    if (broadcasters.isEmpty()) {
      log.warn("Push writers left as Atmosphere made them: no broadcaster yet");
      return;
    }
    if (Runtime.version().feature() >= FIRST_JDK_WITH_UNPINNED_VIRTUAL_THREADS) {
      useVirtualWriters(broadcasters);
      log.info("Push writers: a virtual thread per page");
      return;
    }
    log.info(
        "Push writers: Atmosphere's pool, started ahead (JDK {})", Runtime.version().feature());
    for (Broadcaster broadcaster : broadcasters) {
      if (broadcaster.getBroadcasterConfig().getAsyncWriteService()
          instanceof ThreadPoolExecutor writers) {
        // The broadcasters share one pool; starting it twice starts nothing more.
        writers.prestartAllCoreThreads();
      }
    }
  }

  /**
   * Puts one executor of virtual threads where Atmosphere keeps its shared writer pool, so that
   * broadcasters made later take it too, and gives it to those already made. Atmosphere shuts the
   * shared pool down when it stops.
   */
  private static void useVirtualWriters(List<Broadcaster> broadcasters) {
    ExecutorService writers =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("push-writer-", 0).factory());
    var config = broadcasters.getFirst().getBroadcasterConfig().getAtmosphereConfig();
    Object replaced = config.properties().put(ExecutorsFactory.ASYNC_WRITE_THREAD_POOL, writers);
    for (Broadcaster broadcaster : broadcasters) {
      broadcaster.getBroadcasterConfig().setAsyncWriteService(writers, true);
    }
    if (replaced instanceof ExecutorService pool && pool != writers) {
      pool.shutdown();
    }
  }
}
