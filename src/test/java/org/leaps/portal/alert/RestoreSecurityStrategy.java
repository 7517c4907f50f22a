package org.leaps.portal.alert;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For test classes that start an extra Spring context (their own properties, a web server, a second
 * node): every Vaadin context installs its own security context holder strategy in Spring
 * Security's static holder, which would leave the suite's shared context unable to see who {@code
 * SignIn} signed in. This puts back the strategy that was there before the class ran.
 */
public class RestoreSecurityStrategy implements BeforeAllCallback, AfterAllCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RestoreSecurityStrategy.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NAMESPACE).put("strategy", SecurityContextHolder.getContextHolderStrategy());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    var strategy = context.getStore(NAMESPACE).get("strategy", SecurityContextHolderStrategy.class);
    if (strategy != null) {
      strategy.clearContext();
      SecurityContextHolder.setContextHolderStrategy(strategy);
    }
  }
}
