package org.leaps.portal.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The one place that says who is signed in and which agencies they may see. */
@Component
public class CurrentUser {

  public Optional<PortalUser> get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal p) {
      return Optional.of(p.portalUser());
    }
    return Optional.empty();
  }

  public PortalUser require() {
    return get().orElseThrow(() -> new IllegalStateException("No portal user is signed in"));
  }

  /** The current scope; an anonymous or unplaced caller gets a scope that matches nothing. */
  public AccessScope scope() {
    return get().map(PortalUser::scope).orElse(AccessScope.nothing());
  }
}
