package org.leaps.portal.testsupport;

import org.leaps.portal.security.DemoAccount;
import org.leaps.portal.security.PortalPrincipal;
import org.leaps.portal.security.PortalUser;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Signs a test in as a real portal account, through the same demo sign-in code the login page uses,
 * so services and views see the same principal (roles and agency scope) as in production.
 */
@Component
public class SignIn {

  public static final String DIRECTOR = "director@leaps.example";
  public static final String STAFF = "staff@leaps.example";
  public static final String LIAISON_GULFPORT = "liaison.gulfport@leaps.example";
  public static final String LIAISON_HATTIESBURG = "liaison.hattiesburg@leaps.example";
  public static final String COUNSELOR = "counselor@leaps.example";
  public static final String OFFICER = "officer@leaps.example";

  private final UserDetailsService demoSignIn;
  private final ApplicationContext context;

  SignIn(UserDetailsService demoSignIn, ApplicationContext context) {
    this.demoSignIn = demoSignIn;
    this.context = context;
  }

  /** Signs in as the account with this email and returns its principal. */
  public PortalUser as(String email) {
    SecurityStrategyExtension.useStrategyOf(context);
    UserDetails user = demoSignIn.loadUserByUsername(email);
    var authentication =
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    return ((PortalPrincipal) user).portalUser();
  }

  public PortalUser as(DemoAccount account) {
    return as(account.email());
  }

  public void out() {
    SecurityContextHolder.clearContext();
  }
}
