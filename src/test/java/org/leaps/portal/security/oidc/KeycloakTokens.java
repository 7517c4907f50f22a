package org.leaps.portal.security.oidc;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Verified OIDC users shaped like the leaps realm's ID tokens, for mapping tests. */
public final class KeycloakTokens {

  private KeycloakTokens() {}

  /** The {@code agencies} claim for organizations with these agency codes. */
  public static Map<String, Object> agencies(String... agencyCodes) {
    Map<String, Object> organizations = new LinkedHashMap<>();
    for (String code : agencyCodes) {
      organizations.put(code.toLowerCase(), Map.of("agency_code", List.of(code)));
    }
    return organizations;
  }

  /** A user whose email Keycloak has verified. */
  public static OidcUser user(
      String subject, String email, String name, List<String> roles, Map<String, Object> agencies) {
    return user(subject, email, true, name, roles, agencies);
  }

  public static OidcUser user(
      String subject,
      String email,
      boolean emailVerified,
      String name,
      List<String> roles,
      Map<String, Object> agencies) {
    Instant now = Instant.now();
    var token =
        OidcIdToken.withTokenValue("id-token-" + subject)
            .issuer("http://localhost:8180/realms/leaps")
            .subject(subject)
            .audience(List.of("leaps-portal"))
            .issuedAt(now)
            .expiresAt(now.plusSeconds(300))
            .claim("sid", "session-" + subject)
            .claim("email", email)
            .claim("email_verified", emailVerified)
            .claim("name", name)
            .claim("preferred_username", email)
            .claim("roles", roles);
    if (agencies != null) {
      token.claim("agencies", agencies);
    }
    return new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), token.build());
  }
}
