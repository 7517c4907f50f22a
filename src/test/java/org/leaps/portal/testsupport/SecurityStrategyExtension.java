package org.leaps.portal.testsupport;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Makes the static {@code SecurityContextHolder} use this test's Spring context strategy before
 * every {@code @BeforeEach} method, including a base class's (browserless tests set up their Vaadin
 * session there). Each Vaadin Spring context installs its own strategy globally, so after another
 * context started (a browser test on a random port), a principal set through the static holder
 * would land where the cached context's method security never looks. Part of {@link PortalTest}.
 */
public class SecurityStrategyExtension implements BeforeEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    useStrategyOf(SpringExtension.getApplicationContext(context));
  }

  public static void useStrategyOf(ApplicationContext context) {
    context
        .getBeanProvider(SecurityContextHolderStrategy.class)
        .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
  }
}
