package org.leaps.portal.security.oidc;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.leaps.portal.security.Role;

/**
 * Reads the two claims the {@code leaps-portal} client puts into the ID token (see
 * docs/decisions/040): {@code roles}, the realm roles, and {@code agencies}, the person's
 * organizations with their attributes, requested with the {@code organization:*} scope:
 *
 * <pre>{@code
 * "roles": ["liaison", "default-roles-leaps"],
 * "agencies": {"hattiesburg-pd": {"agency_code": ["HATTIESBURG-PD"]},
 *              "forrest-so": {"agency_code": ["FORREST-SO"]}}
 * }</pre>
 *
 * Organizations are matched to portal agencies by the stable {@code agency_code} attribute, never
 * by alias or display name. An organization without that attribute places nobody.
 */
public final class KeycloakClaims {

  public static final String ROLES = "roles";
  public static final String AGENCIES = "agencies";
  public static final String AGENCY_CODE = "agency_code";

  private KeycloakClaims() {}

  /** Portal roles among the realm roles; Keycloak's own roles (offline_access, ...) are ignored. */
  public static Set<Role> roles(Map<String, Object> claims) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (claims.get(ROLES) instanceof Collection<?> values) {
      for (Object value : values) {
        for (Role role : Role.values()) {
          if (role.name().equals(String.valueOf(value).trim().toUpperCase(Locale.ROOT))) {
            roles.add(role);
          }
        }
      }
    }
    return roles;
  }

  /** The agency codes of the person's organizations, in claim order. */
  public static Set<String> agencyCodes(Map<String, Object> claims) {
    Set<String> codes = new LinkedHashSet<>();
    if (claims.get(AGENCIES) instanceof Map<?, ?> organizations) {
      for (Object attributes : organizations.values()) {
        if (attributes instanceof Map<?, ?> map) {
          Object code = map.get(AGENCY_CODE);
          if (code instanceof Collection<?> list) {
            list.forEach(c -> addCode(codes, c));
          } else {
            addCode(codes, code);
          }
        }
      }
    }
    return codes;
  }

  private static void addCode(Set<String> codes, Object code) {
    if (code != null && !String.valueOf(code).isBlank()) {
      codes.add(String.valueOf(code).trim().toUpperCase(Locale.ROOT));
    }
  }
}
