/**
 * Find a peer: any officer (and everyone in the program) finds a counselor who is available or on
 * call now and reaches them by the phone the counselor chose to share. Privileged by design: it
 * records nobody's identity, only a daily count of page views (decision 090). Depends on
 * availability, geography, security and counselor (the specialty list); nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Find a peer")
package org.leaps.portal.peer;
