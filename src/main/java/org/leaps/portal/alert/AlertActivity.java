package org.leaps.portal.alert;

import org.leaps.portal.base.relay.ClusterEvent;

/**
 * Something happened to an alert that open sessions on every node must show: it was sent, somebody
 * acknowledged it, a reminder round went out, or it was closed or expired. Published in the
 * transaction that made the change; {@link AlertLiveFeed} turns it into an {@link AlertSignal} on
 * every node.
 *
 * @param email who acknowledged ({@link Kind#ACKNOWLEDGED} only)
 */
record AlertActivity(long alertId, Kind kind, String email) implements ClusterEvent {

  enum Kind {
    SENT,
    ACKNOWLEDGED,
    REMINDED,
    CLOSED
  }
}
