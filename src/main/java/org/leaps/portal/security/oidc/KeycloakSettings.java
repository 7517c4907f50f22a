package org.leaps.portal.security.oidc;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Keycloak is. The endpoints are configured explicitly (no discovery at start-up), so the
 * portal starts even while Keycloak is down.
 *
 * @param url Keycloak's base URL as the browser reaches it (sign-in page, sign-out, token issuer)
 * @param internalUrl Keycloak's base URL as the portal server reaches it (token, keys, user info);
 *     the same as {@code url} unless they differ, as in a compose network
 * @param realm the realm, {@code leaps}
 * @param registrationId the Spring Security client registration, {@code keycloak}
 */
@ConfigurationProperties("leaps.keycloak")
public record KeycloakSettings(
    @DefaultValue("http://localhost:8180") String url,
    String internalUrl,
    @DefaultValue("leaps") String realm,
    @DefaultValue("keycloak") String registrationId) {

  /** The {@code iss} of Keycloak's tokens, checked on ID tokens and back-channel logout tokens. */
  public String issuer() {
    return strip(url) + "/realms/" + realm;
  }

  public String endSessionEndpoint() {
    return issuer() + "/protocol/openid-connect/logout";
  }

  /** Where the portal sends a person to sign in. */
  public String loginPath() {
    return "/oauth2/authorization/" + registrationId;
  }

  private static String strip(String base) {
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
