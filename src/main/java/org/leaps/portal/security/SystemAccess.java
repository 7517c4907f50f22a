package org.leaps.portal.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Runs trusted background work (demo data, scheduled jobs) as the statewide "system" principal, so
 * that it passes through the same secured services as people do.
 */
public final class SystemAccess {

  /**
   * The authority only this system principal holds. No person gets it: people's authorities are
   * derived from {@link Role} values only, and this is not a role.
   */
  public static final String AUTHORITY = "LEAPS_SYSTEM";

  /**
   * Guard of work only the system itself may do (seeding demo data into an empty database, decision
   * 052): a signed-in person of any role, the director included, is refused.
   */
  public static final String ONLY = "hasAuthority('" + AUTHORITY + "')";

  private static final PortalUser SYSTEM =
      new PortalUser(
          null,
          "LEAPS Portal (system)",
          "system@leaps.invalid",
          EnumSet.of(Role.DIRECTOR),
          Set.of(),
          List.of(),
          null);

  private SystemAccess() {}

  public static <T> T call(Supplier<T> work) {
    return RunAs.as(new SystemAuthentication()).call(work);
  }

  public static void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }

  private static final class SystemAuthentication extends AbstractAuthenticationToken
      implements PortalPrincipal {

    SystemAuthentication() {
      super(
          List.of(
              new SimpleGrantedAuthority(Role.DIRECTOR.authority()),
              new SimpleGrantedAuthority(AUTHORITY)));
      setAuthenticated(true);
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
      return SYSTEM;
    }
  }
}
