package org.leaps.portal.security;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Runs {@link SecurityContexts#useStrategyOf} before every {@code @BeforeEach} method, including a
 * base class's (browserless tests set up their Vaadin session there).
 */
public class SecurityStrategyExtension implements BeforeEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    SecurityContexts.useStrategyOf(SpringExtension.getApplicationContext(context));
  }
}
