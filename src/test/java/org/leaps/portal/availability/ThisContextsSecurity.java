package org.leaps.portal.availability;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Vaadin installs its security-context holder strategy as a static when a Spring context starts.
 * When the suite has started a second context (a RANDOM_PORT browser test), the static belongs to
 * that one, and {@code SignIn} in a {@code @PortalTest} would write where this context's method
 * security does not read. Tests call this first so both use this context's strategy. Every
 * {@code @PortalTest} now also does this before each test (SecurityStrategyExtension).
 */
public final class ThisContextsSecurity {

  private ThisContextsSecurity() {}

  public static void install(ObjectProvider<SecurityContextHolderStrategy> strategy) {
    strategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
  }
}
