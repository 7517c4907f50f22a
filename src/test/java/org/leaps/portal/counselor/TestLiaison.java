package org.leaps.portal.counselor;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.security.PortalPrincipal;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.security.Role;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs in a liaison of test-made agencies, so tests about several agencies never change what the
 * demo liaisons (Gulfport, Hattiesburg) see in the shared database.
 */
public final class TestLiaison extends AbstractAuthenticationToken implements PortalPrincipal {

  private final PortalUser user;

  private TestLiaison(PortalUser user) {
    super(List.of(new SimpleGrantedAuthority(Role.LIAISON.authority())));
    this.user = user;
    setAuthenticated(true);
  }

  /** Signs in a liaison whose scope is exactly these agencies. */
  public static PortalUser signInFor(Agency... agencies) {
    var user =
        new PortalUser(
            null,
            "Test Liaison of " + agencies[0].getName(),
            "test.liaison." + agencies[0].getCode().toLowerCase() + "@test.invalid",
            EnumSet.of(Role.LIAISON),
            java.util.Arrays.stream(agencies)
                .map(Agency::getId)
                .collect(java.util.stream.Collectors.toSet()),
            java.util.Arrays.stream(agencies).map(Agency::getName).toList(),
            null);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new TestLiaison(user));
    SecurityContextHolder.setContext(context);
    return user;
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return this;
  }

  @Override
  public PortalUser portalUser() {
    return user;
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  static Set<Long> ids(Agency... agencies) {
    return java.util.Arrays.stream(agencies)
        .map(Agency::getId)
        .collect(java.util.stream.Collectors.toSet());
  }
}
