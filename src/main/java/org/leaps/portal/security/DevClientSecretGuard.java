package org.leaps.portal.security;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Stops a production start that would sign people in with the development client secret of the demo
 * realm export (decision 047). Runs before anything else starts (registered in
 * META-INF/spring.factories), so the message is the first and only thing an operator sees.
 */
public class DevClientSecretGuard
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  /** The secret in config/keycloak/leaps-realm.json, public in the repository. */
  public static final String DEV_SECRET = "leaps-portal-dev-secret";

  static final String SECRET_PROPERTY =
      "spring.security.oauth2.client.registration.keycloak.client-secret";

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    check(event.getEnvironment());
  }

  static void check(Environment environment) {
    if (environment.acceptsProfiles(Profiles.of("prod"))
        && DEV_SECRET.equals(environment.getProperty(SECRET_PROPERTY))) {
      throw new IllegalStateException(
          "Profile prod refuses to start with the development Keycloak client secret ("
              + DEV_SECRET
              + ", public in the demo realm export). Set KEYCLOAK_CLIENT_SECRET to the secret of"
              + " the leaps-portal client in the production realm (docs/keycloak.md).");
    }
  }
}
