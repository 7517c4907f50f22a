package org.leaps.portal.security.oidc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Back-channel logout across several portal nodes. Keycloak sends a logout token to one node; that
 * node ends its own matching sessions at once (through Spring Security's handler, as before) and
 * writes the token's identifiers to {@code sso_logout}. Every node reads that table each second and
 * ends its own matching sessions, so a person signed out in Keycloak loses the portal on every
 * node. Keeps this node's signed-in sessions in memory, as Spring's own registry does.
 */
public class ClusterOidcSessionRegistry implements OidcSessionRegistry {

  private static final Logger log = LoggerFactory.getLogger(ClusterOidcSessionRegistry.class);

  /** Relayed logouts are looked for this far back, so a late commit is still seen. */
  static final int WINDOW_SECONDS = 30;

  private final Map<String, OidcSessionInformation> sessions = new ConcurrentHashMap<>();
  private final Map<Long, Long> handled = new HashMap<>();
  private final JdbcTemplate jdbc;
  private final OpenHttpSessions openSessions;

  public ClusterOidcSessionRegistry(JdbcTemplate jdbc, OpenHttpSessions openSessions) {
    this.jdbc = jdbc;
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

  /** Called on the node Keycloak reached: relays the logout, returns this node's matches. */
  @Override
  public Iterable<OidcSessionInformation> removeSessionInformation(OidcLogoutToken token) {
    var logout =
        new Logout(
            token.getIssuer().toString(),
            List.copyOf(token.getAudience()),
            token.getSessionId(),
            token.getSubject());
    jdbc.update(
        "insert into sso_logout (issuer, audience, provider_session_id, subject)"
            + " values (?, ?, ?, ?)",
        logout.issuer(),
        String.join(" ", logout.audience()),
        logout.providerSessionId(),
        logout.subject());
    return removeMatching(logout);
  }

  /** Ends this node's sessions that another node's relayed logouts name. */
  @Scheduled(
      fixedDelayString = "${leaps.sso.logout-poll-millis:1000}",
      initialDelayString = "${leaps.sso.logout-poll-millis:1000}")
  public synchronized void endRelayedSessions() {
    try {
      long now = System.currentTimeMillis();
      for (var row : recentLogouts()) {
        if (handled.putIfAbsent(row.id(), now) != null) {
          continue;
        }
        for (OidcSessionInformation ended : removeMatching(row.logout())) {
          openSessions.invalidate(ended.getSessionId());
        }
      }
      handled.values().removeIf(at -> now - at > WINDOW_SECONDS * 2_000L);
    } catch (RuntimeException e) {
      log.warn("Reading relayed sign-outs failed, trying again: {}", e.toString());
    }
  }

  /** Relayed logouts are needed for seconds; a day's worth is kept for looking into problems. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
  public void purgeOldLogouts() {
    try {
      jdbc.update("delete from sso_logout where created_at < now(6) - interval 1 day limit 10000");
    } catch (RuntimeException e) {
      log.warn("Purging old sign-outs failed: {}", e.toString());
    }
  }

  int sessionCount() {
    return sessions.size();
  }

  private List<Row> recentLogouts() {
    return jdbc.query(
        "select id, issuer, audience, provider_session_id, subject from sso_logout"
            + " where created_at > now(6) - interval ? second order by id",
        (rs, n) ->
            new Row(
                rs.getLong(1),
                new Logout(
                    rs.getString(2),
                    List.of(rs.getString(3).split(" ")),
                    rs.getString(4),
                    rs.getString(5))),
        WINDOW_SECONDS);
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
   * every session of the subject; always for this client and issuer.
   */
  record Logout(String issuer, List<String> audience, String providerSessionId, String subject) {

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

  private record Row(long id, Logout logout) {}
}
