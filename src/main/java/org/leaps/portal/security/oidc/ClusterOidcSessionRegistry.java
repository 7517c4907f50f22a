package org.leaps.portal.security.oidc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.leaps.portal.base.relay.ClusterEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Back-channel logout across several portal nodes. Keycloak sends a logout token to one node; that
 * node ends its own matching sessions at once (through Spring Security's handler, as before) and
 * publishes the token's identifiers as a {@link Logout} cluster event. Every other node receives it
 * through the cluster event relay within a second (decision 050) and ends its own matching
 * sessions, so a person signed out in Keycloak loses the portal on every node. Keeps this node's
 * signed-in sessions in memory, as Spring's own registry does.
 */
public class ClusterOidcSessionRegistry implements OidcSessionRegistry {

  private final Map<String, OidcSessionInformation> sessions = new ConcurrentHashMap<>();
  private final ApplicationEventPublisher events;
  private final OpenHttpSessions openSessions;

  public ClusterOidcSessionRegistry(
      ApplicationEventPublisher events, OpenHttpSessions openSessions) {
    this.events = events;
    this.openSessions = openSessions;
  }

  @Override
  public void saveSessionInformation(OidcSessionInformation info) {
    sessions.put(info.getSessionId(), info);
  }

  @Override
  public OidcSessionInformation removeSessionInformation(String clientSessionId) {
    return sessions.remove(clientSessionId);
  }

  /** Called on the node Keycloak reached: returns this node's matches, relays the logout. */
  @Override
  public Iterable<OidcSessionInformation> removeSessionInformation(OidcLogoutToken token) {
    var logout =
        new Logout(
            token.getIssuer().toString(),
            List.copyOf(token.getAudience()),
            token.getSessionId(),
            token.getSubject());
    // Removed first, so that the local delivery of the event below finds nothing more here and
    // Spring Security's handler ends these sessions as it always did.
    Collection<OidcSessionInformation> here = removeMatching(logout);
    events.publishEvent(logout);
    return here;
  }

  /**
   * Ends this node's sessions that a logout names. Idempotent: a session is removed from the
   * registry the first time, so a repeated delivery finds nothing.
   */
  @TransactionalEventListener(fallbackExecution = true)
  public void endSessions(Logout logout) {
    for (OidcSessionInformation ended : removeMatching(logout)) {
      openSessions.invalidate(ended.getSessionId());
    }
  }

  int sessionCount() {
    return sessions.size();
  }

  private Collection<OidcSessionInformation> removeMatching(Logout logout) {
    List<OidcSessionInformation> removed = new ArrayList<>();
    for (Iterator<OidcSessionInformation> it = sessions.values().iterator(); it.hasNext(); ) {
      OidcSessionInformation info = it.next();
      if (logout.matches(info.getPrincipal())) {
        it.remove();
        removed.add(info);
      }
    }
    return removed;
  }

  /**
   * What a logout token names: with a Keycloak session id (sid) exactly that session, otherwise
   * every session of the subject; always for this client and issuer. Identifiers only.
   */
  public record Logout(
      String issuer, List<String> audience, String providerSessionId, String subject)
      implements ClusterEvent {

    boolean matches(OidcUser user) {
      if (user.getIssuer() == null || !issuer.equals(user.getIssuer().toString())) {
        return false;
      }
      if (user.getAudience() == null || !user.getAudience().containsAll(audience)) {
        return false;
      }
      return providerSessionId != null
          ? providerSessionId.equals(user.getClaimAsString("sid"))
          : Objects.equals(subject, user.getSubject());
    }
  }
}
