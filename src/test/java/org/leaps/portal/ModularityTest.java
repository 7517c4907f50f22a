package org.leaps.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages may only use each other's public API, and never in a cycle. */
class ModularityTest {

  @Test
  void featureBoundariesHold() {
    ApplicationModules.of(LeapsPortalApplication.class).verify();
  }
}
