package org.leaps.portal.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Demo sign-in for the embedded default: the demo accounts sign in with the password {@value
 * #DEMO_PASSWORD} and get the same {@link PortalUser} a Keycloak sign-in would give them.
 */
class DemoSignIn implements UserDetailsService {

  static final String DEMO_PASSWORD = DemoAccount.PASSWORD;

  private final AccountService accountService;

  DemoSignIn(AccountService accountService) {
    this.accountService = accountService;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    PortalAccount account =
        accountService
            .findLocalAccount(username.trim())
            .filter(PortalAccount::isEnabled)
            .orElseThrow(() -> new UsernameNotFoundException("No demo account " + username));
    return new DemoPrincipal(accountService.signInLocal(account));
  }

  /** The demo path's principal; Keycloak's is {@code PortalOidcUser}. */
  record DemoPrincipal(PortalUser portalUser) implements UserDetails, PortalPrincipal {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
      List<SimpleGrantedAuthority> authorities =
          portalUser.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
      return authorities;
    }

    @Override
    public String getPassword() {
      return "{noop}" + DEMO_PASSWORD;
    }

    @Override
    public String getUsername() {
      return portalUser.email();
    }
  }
}
