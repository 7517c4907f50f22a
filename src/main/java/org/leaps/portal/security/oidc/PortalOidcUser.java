package org.leaps.portal.security.oidc;

import java.util.Collection;
import org.leaps.portal.security.PortalPrincipal;
import org.leaps.portal.security.PortalUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The Keycloak path's principal: the OIDC user Spring Security needs (ID token for RP-initiated
 * logout, {@code sid} for back-channel logout) carrying the same {@link PortalUser} as the demo
 * path.
 */
public final class PortalOidcUser extends DefaultOidcUser implements PortalPrincipal {

  private static final long serialVersionUID = 1L;

  private final PortalUser portalUser;

  PortalOidcUser(
      PortalUser portalUser,
      Collection<? extends GrantedAuthority> authorities,
      OidcIdToken idToken,
      OidcUserInfo userInfo) {
    super(authorities, idToken, userInfo, "sub");
    this.portalUser = portalUser;
  }

  @Override
  public PortalUser portalUser() {
    return portalUser;
  }

  @Override
  public String getName() {
    return portalUser.email();
  }
}
