package org.leaps.portal.security.oidc;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's open HTTP sessions by id, so that a logout relayed from another node can end one
 * outside any request. Follows id changes, which session-fixation protection makes at sign-in.
 */
public class OpenHttpSessions implements HttpSessionListener, HttpSessionIdListener {

  private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    sessions.put(event.getSession().getId(), event.getSession());
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    sessions.remove(event.getSession().getId());
  }

  @Override
  public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
    sessions.remove(oldSessionId);
    sessions.put(event.getSession().getId(), event.getSession());
  }

  /** This node's open sessions at this moment. */
  public java.util.List<HttpSession> open() {
    return java.util.List.copyOf(sessions.values());
  }

  /** Ends the session with this id if it is open on this node; returns whether it was. */
  public boolean invalidate(String sessionId) {
    HttpSession session = sessions.remove(sessionId);
    if (session == null) {
      return false;
    }
    try {
      session.invalidate();
    } catch (IllegalStateException alreadyInvalid) {
      // Ended meanwhile by its own request: the outcome is the same.
    }
    return true;
  }
}
