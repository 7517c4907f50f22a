package org.leaps.portal.security.oidc;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leaps.portal.security.AccountLinkRefusedException;
import org.leaps.portal.security.AccountService;
import org.leaps.portal.security.FederatedIdentity;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a Keycloak sign-in into the portal's principal: realm roles and organizations (mapped to
 * agencies by {@code agency_code}) go through {@link AccountService#signInFederated}, the same
 * place the demo path ends, so nothing downstream knows which path was used.
 */
public class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

  /** OAuth2 error codes the sign-in failure page explains (SignInFailedView). */
  public static final String ACCOUNT_DISABLED = "account_disabled";

  public static final String ACCOUNT_LINK_REFUSED = "account_link_refused";

  private static final Logger log = LoggerFactory.getLogger(PortalOidcUserService.class);

  private final OidcUserService delegate = new OidcUserService();
  private final AccountService accountService;

  public PortalOidcUserService(AccountService accountService) {
    this.accountService = accountService;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    return toPortalPrincipal(delegate.loadUser(request));
  }

  /** Maps a verified OIDC user (ID token plus user info) to the portal principal. */
  public PortalOidcUser toPortalPrincipal(OidcUser oidcUser) {
    Map<String, Object> claims = oidcUser.getClaims();
    Set<Role> roles = KeycloakClaims.roles(claims);
    // Without a portal role a person is placed nowhere, whatever organizations they belong to.
    Set<String> agencyCodes = roles.isEmpty() ? Set.of() : KeycloakClaims.agencyCodes(claims);
    PortalUser user;
    try {
      user =
          accountService.signInFederated(
              new FederatedIdentity(
                  oidcUser.getSubject(),
                  oidcUser.getEmail(),
                  Boolean.TRUE.equals(oidcUser.getEmailVerified()),
                  displayName(oidcUser),
                  roles,
                  agencyCodes));
    } catch (DisabledException e) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error(ACCOUNT_DISABLED, e.getMessage(), null), e);
    } catch (AccountLinkRefusedException e) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error(ACCOUNT_LINK_REFUSED, e.getMessage(), null), e);
    }
    // Never for an officer: their sign-in is a visit to Find a peer (decision 090).
    if (user.isUnplaced()) {
      log.info(
          "Keycloak user {} signed in but is placed in no agency (roles {}, agency codes {})",
          oidcUser.getSubject(),
          roles,
          agencyCodes);
    }
    List<SimpleGrantedAuthority> authorities =
        user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    return new PortalOidcUser(user, authorities, oidcUser.getIdToken(), oidcUser.getUserInfo());
  }

  private static String displayName(OidcUser user) {
    if (user.getFullName() != null && !user.getFullName().isBlank()) {
      return user.getFullName();
    }
    return user.getPreferredUsername();
  }
}
