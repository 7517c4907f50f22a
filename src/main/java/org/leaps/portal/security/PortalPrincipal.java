package org.leaps.portal.security;

/**
 * Implemented by the principal of both sign-in paths, so nothing downstream knows which was used.
 */
public interface PortalPrincipal {

  PortalUser portalUser();
}
