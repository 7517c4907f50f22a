package org.leaps.portal.security;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a given portal principal into the security context (for people no demo account covers). */
public final class SecurityContexts {

  private SecurityContexts() {}

  public static void signInAs(PortalUser user) {
    List<GrantedAuthority> authorities =
        user.roles().stream()
            .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
            .toList();
    var authentication =
        new org.springframework.security.authentication.TestingAuthenticationToken(
            new Principal(user), null, authorities);
    authentication.setAuthenticated(true);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
  }

  /** Signs in with a principal exactly as the Keycloak path creates it. */
  public static void signInAs(org.leaps.portal.security.oidc.PortalOidcUser user) {
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        new org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken(
            user, user.getAuthorities(), "keycloak"));
    SecurityContextHolder.setContext(context);
  }

  private record Principal(PortalUser portalUser) implements PortalPrincipal {}
}
