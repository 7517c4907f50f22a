package org.leaps.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people sign in.
 *
 * @param mode {@code demo} (embedded default: labelled demo accounts) or {@code oidc} (Keycloak)
 * @param supportContact whom a person the portal cannot place should contact
 */
@ConfigurationProperties("leaps.auth")
public record AuthSettings(
    @DefaultValue("demo") String mode,
    @DefaultValue("the LEAPS program office, leaps-support@leaps.example, (601) 555-0100")
        String supportContact) {

  public boolean isDemo() {
    return "demo".equalsIgnoreCase(mode);
  }
}
