package org.leaps.portal.alert;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code alert_event} notification table: one small row per alert activity, written in the same
 * transaction as the change, read by every node's {@link AlertEventPoller}. {@code created_at}
 * comes from the database clock, so the nodes' clocks do not matter.
 */
@Component
class AlertEventLog {

  enum Kind {
    SENT,
    ACKNOWLEDGED,
    REMINDED,
    CLOSED
  }

  record Event(long id, long alertId, Kind kind, String email) {}

  private final JdbcTemplate jdbc;

  AlertEventLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void append(long alertId, Kind kind, String email) {
    jdbc.update(
        "insert into alert_event (alert_id, kind, email) values (?, ?, ?)",
        alertId,
        kind.name(),
        email);
  }

  long maxId() {
    Long max = jdbc.queryForObject("select coalesce(max(id), 0) from alert_event", Long.class);
    return max == null ? 0 : max;
  }

  /**
   * Events after {@code highestSeen}, plus the last {@code windowSeconds} of events above {@code
   * floor}: an id taken by a transaction that commits late is still found within the window.
   */
  List<Event> recent(long floor, long highestSeen, int windowSeconds) {
    return jdbc.query(
        "select id, alert_id, kind, email from alert_event where id > ?"
            + " and (id > ? or created_at > now(6) - interval ? second) order by id",
        (rs, row) ->
            new Event(rs.getLong(1), rs.getLong(2), Kind.valueOf(rs.getString(3)), rs.getString(4)),
        floor,
        highestSeen,
        windowSeconds);
  }
}
