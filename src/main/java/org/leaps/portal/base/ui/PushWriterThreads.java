package org.leaps.portal.base.ui;

import com.vaadin.flow.spring.SpringServlet;
import org.atmosphere.cpr.ApplicationConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;

/**
 * Keeps the threads that write push frames once they exist (decision 136).
 *
 * <p>Vaadin hands every push frame to Atmosphere, whose one dispatching thread passes each frame to
 * a pool of up to 200 writer threads. By default a writer ends after 30 idle seconds, so the pool
 * shrinks between bursts, and a critical alert to a thousand open pages found it nearly empty: the
 * dispatching thread then started up to 200 new threads, one per frame, while the other frames
 * waited behind it. On two busy cores each start took about 12 ms, two seconds in all. Kept, the
 * writers are started one by one by the pushes of an ordinary day, and an idle writer costs only
 * its parked stack.
 */
@Component
class PushWriterThreads implements BeanPostProcessor {

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof ServletRegistrationBean<?> registration
        && registration.getServlet() instanceof SpringServlet) {
      // Atmosphere reads its settings from the init parameters of Vaadin's servlet.
      registration.addInitParameter(ApplicationConfig.ALLOW_CORE_THREAD_TIMEOUT, "false");
    }
    return bean;
  }
}
