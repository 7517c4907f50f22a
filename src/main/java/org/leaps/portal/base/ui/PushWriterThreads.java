package org.leaps.portal.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.spring.SpringServlet;
import java.util.concurrent.ThreadPoolExecutor;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.Broadcaster;
import org.atmosphere.cpr.BroadcasterFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;

/**
 * Atmosphere's threads that write push frames: started with the portal and kept when idle
 * (decisions 136 and 137).
 *
 * <p>Vaadin hands every push frame to Atmosphere, whose one dispatching thread passes each frame to
 * a pool of up to 200 writer threads. Atmosphere starts a writer only when a frame needs one and by
 * default ends it after 30 idle seconds, so a critical alert to a thousand open pages found the
 * pool nearly empty: the dispatching thread then started up to 200 new threads, one per frame,
 * while the other frames waited behind it. On two busy cores each start took about 12 ms, two
 * seconds in all. An ordinary day's pushes are few (most of the portal answers requests), so even
 * kept writers were still being started by the first alert of the day, about 2.5 ms each on an idle
 * server. Started once and kept, an idle writer costs only its parked stack.
 */
@Component
class PushWriterThreads implements BeanPostProcessor, VaadinServiceInitListener {

  private static final Logger log = LoggerFactory.getLogger(PushWriterThreads.class);

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
    for (Broadcaster broadcaster : factory.lookupAll()) {
      if (broadcaster.getBroadcasterConfig().getAsyncWriteService()
          instanceof ThreadPoolExecutor writers) {
        // The broadcasters share one pool; starting it twice starts nothing more.
        writers.prestartAllCoreThreads();
      }
    }
  }
}
