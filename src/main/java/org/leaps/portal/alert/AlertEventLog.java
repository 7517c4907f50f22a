package org.leaps.portal.alert;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code alert_event} notification table: one small row per alert activity, written in the same
 * transaction as the change, read by every node's {@link AlertEventPoller}. {@code created_at}
 * comes from the database clock, so the nodes' clocks do not matter. Rows older than {@code
 * leaps.alerts.event-retention} are purged by {@link AlertEventRetention}.
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
   * Deletes events created more than {@code retention} ago (database clock), oldest first, in
   * statements of at most {@code batchSize} rows, each committed on its own, and at most {@code
   * maxBatches} statements per call. Safe on several nodes at once: the cut-off is an id read
   * first, each delete is a primary-key range (still checking the age), and a row deleted by
   * another node is simply not there any more. Returns how many rows this call deleted.
   */
  int purgeOlderThan(java.time.Duration retention, int batchSize, int maxBatches) {
    Long upTo =
        jdbc.queryForObject(
            "select max(id) from alert_event where created_at < now(6) - interval ? second",
            Long.class,
            retention.toSeconds());
    if (upTo == null) {
      return 0;
    }
    int deleted = 0;
    for (int batch = 0; batch < maxBatches; batch++) {
      int rows =
          jdbc.update(
              "delete from alert_event where id <= ? and created_at < now(6) - interval ? second"
                  + " order by id limit ?",
              upTo,
              retention.toSeconds(),
              batchSize);
      deleted += rows;
      if (rows < batchSize) {
        break;
      }
    }
    return deleted;
  }

  long count() {
    Long count = jdbc.queryForObject("select count(*) from alert_event", Long.class);
    return count == null ? 0 : count;
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
