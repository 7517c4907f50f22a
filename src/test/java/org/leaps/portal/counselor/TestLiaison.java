package org.leaps.portal.counselor;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.security.Role;
import org.leaps.portal.security.SecurityContexts;

/**
 * Signs in a liaison of test-made agencies, so tests about several agencies never change what the
 * demo liaisons (Gulfport, Hattiesburg) see in the shared database.
 */
public final class TestLiaison {

  private TestLiaison() {}

  /** Signs in a liaison whose scope is exactly these agencies. */
  public static PortalUser signInFor(Agency... agencies) {
    var user =
        new PortalUser(
            null,
            "Test Liaison of " + agencies[0].getName(),
            "test.liaison." + agencies[0].getCode().toLowerCase() + "@test.invalid",
            EnumSet.of(Role.LIAISON),
            Arrays.stream(agencies).map(Agency::getId).collect(Collectors.toSet()),
            Arrays.stream(agencies).map(Agency::getName).toList(),
            null);
    SecurityContexts.signInAs(user);
    return user;
  }
}
