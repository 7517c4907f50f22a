package org.leaps.portal.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Response headers of every page (decision 046). The Content-Security-Policy is what Vaadin Flow
 * needs and no more: its bootstrap and {@code executeJs} need inline scripts and {@code eval}, the
 * theme inline styles; everything else comes from the portal's own origin, and nothing may frame
 * it. HSTS is Spring Security's default: sent on HTTPS requests only, which behind a proxy means
 * the forwarded protocol of a trusted proxy (profile prod).
 */
final class SecurityHeaders {

  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)";

  private SecurityHeaders() {}

  /**
   * @param signInOrigin where sign-in forms may send the browser besides the portal itself
   *     (Keycloak), or {@code null}
   */
  static void apply(HttpSecurity http, String signInOrigin) throws Exception {
    String policy = contentSecurityPolicy(signInOrigin);
    http.headers(headers ->
        headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
            .httpStrictTransportSecurity(
                hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
  }

  static String contentSecurityPolicy(String signInOrigin) {
    String formAction = signInOrigin == null ? "'self'" : "'self' " + origin(signInOrigin);
    return String.join(
        "; ",
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
        "form-action " + formAction);
  }

  private static String origin(String url) {
    var uri = java.net.URI.create(url);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
