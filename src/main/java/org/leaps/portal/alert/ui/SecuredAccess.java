package org.leaps.portal.alert.ui;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Push listeners run on the poller thread, where nobody is signed in. A view captures its person's
 * security context while attaching (a request thread) and runs service calls from listeners within
 * it, so the services' checks apply exactly as in a request.
 */
final class SecuredAccess {

  private final SecurityContext context;

  private SecuredAccess(SecurityContext context) {
    this.context = context;
  }

  static SecuredAccess capture() {
    var copy = SecurityContextHolder.createEmptyContext();
    copy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
    return new SecuredAccess(copy);
  }

  void run(Runnable work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContextHolder.setContext(context);
    try {
      work.run();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
