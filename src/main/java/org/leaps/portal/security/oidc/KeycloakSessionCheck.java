package org.leaps.portal.security.oidc;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Ends a portal session within a bounded time once Keycloak stops accepting the person (disabled,
 * deleted, signed out while the back-channel logout was lost): every {@code check-millis} this node
 * asks Keycloak to refresh the tokens of each of its sessions last confirmed more than {@code
 * recheck-after} ago. Keycloak answers {@code invalid_grant} for a disabled or deleted user or an
 * ended session, and the HTTP session is invalidated. Keycloak being unreachable ends nobody's
 * session (decision 048).
 */
public class KeycloakSessionCheck {

  private static final Logger log = LoggerFactory.getLogger(KeycloakSessionCheck.class);

  static final String CONFIRMED_AT = KeycloakSessionCheck.class.getName() + ".CONFIRMED_AT";

  private final OpenHttpSessions sessions;
  private final OAuth2AuthorizedClientService authorizedClients;
  private final Duration recheckAfter;
  private final Clock clock;
  private final OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> tokens =
      new RestClientRefreshTokenTokenResponseClient();

  public KeycloakSessionCheck(
      OpenHttpSessions sessions,
      OAuth2AuthorizedClientService authorizedClients,
      Duration recheckAfter,
      Clock clock) {
    this.sessions = sessions;
    this.authorizedClients = authorizedClients;
    this.recheckAfter = recheckAfter;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${leaps.sso.session-check-millis:10000}",
      initialDelayString = "${leaps.sso.session-check-millis:10000}")
  public void checkOpenSessions() {
    for (HttpSession session : sessions.open()) {
      try {
        check(session);
      } catch (IllegalStateException ended) {
        // The session ended meanwhile: nothing to check.
      }
    }
  }

  /** Confirms one session with Keycloak if it is due; returns false if it was ended. */
  boolean check(HttpSession session) {
    if (!(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
            instanceof SecurityContext context)
        || !(context.getAuthentication() instanceof OAuth2AuthenticationToken signIn)) {
      return true;
    }
    OAuth2AuthorizedClient client =
        authorizedClients.loadAuthorizedClient(
            signIn.getAuthorizedClientRegistrationId(), signIn.getName());
    if (client == null || client.getRefreshToken() == null) {
      return true;
    }
    Instant now = clock.instant();
    Instant confirmed =
        session.getAttribute(CONFIRMED_AT) instanceof Instant at
            ? at
            : client.getAccessToken().getIssuedAt();
    if (confirmed != null && Duration.between(confirmed, now).compareTo(recheckAfter) < 0) {
      return true;
    }
    try {
      OAuth2AccessTokenResponse response =
          tokens.getTokenResponse(
              new OAuth2RefreshTokenGrantRequest(
                  client.getClientRegistration(),
                  client.getAccessToken(),
                  client.getRefreshToken()));
      authorizedClients.saveAuthorizedClient(
          new OAuth2AuthorizedClient(
              client.getClientRegistration(),
              client.getPrincipalName(),
              response.getAccessToken(),
              response.getRefreshToken() != null
                  ? response.getRefreshToken()
                  : client.getRefreshToken()),
          signIn);
      session.setAttribute(CONFIRMED_AT, now);
      return true;
    } catch (OAuth2AuthorizationException e) {
      if (OAuth2ErrorCodes.INVALID_GRANT.equals(e.getError().getErrorCode())) {
        log.info(
            "Keycloak no longer accepts the session of {} ({}): ending it",
            signIn.getName(),
            e.getError().getDescription());
        sessions.invalidate(session.getId());
        return false;
      }
      log.warn("Could not confirm a session with Keycloak, trying again: {}", e.getMessage());
      return true;
    } catch (RuntimeException e) {
      log.warn("Could not reach Keycloak to confirm a session, trying again: {}", e.toString());
      return true;
    }
  }
}
