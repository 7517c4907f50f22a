package org.leaps.portal.base.relay;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.leaps.portal.base.db.WriteConflictRetry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@code cluster_event} table. {@code created_at} comes from the database clock, so the nodes'
 * clocks do not matter. Writes join the caller's transaction (same data source).
 */
@Component
class ClusterEventLog {

  record Row(long id, String type, String payload, String originNode) {}

  private static final RowMapper<Row> ROW =
      (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));

  private final JdbcTemplate jdbc;
  private final JdbcClient sql;
  private final WriteConflictRetry writes;

  ClusterEventLog(JdbcTemplate jdbc, JdbcClient sql, WriteConflictRetry writes) {
    this.jdbc = jdbc;
    this.sql = sql;
    this.writes = writes;
  }

  /**
   * Writes one event. Inside the publishing transaction it joins it: a write conflict at commit
   * rolls back the change and its event together and reaches the caller of that change, which alone
   * knows whether running it again is right. Published outside any transaction, the insert commits
   * on its own and runs again after a write conflict.
   */
  void append(String type, String payload, String originNode) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      insert(type, payload, originNode);
    } else {
      writes.inTransaction(() -> insert(type, payload, originNode));
    }
  }

  private int insert(String type, String payload, String originNode) {
    return jdbc.update(
        "insert into cluster_event (type, payload, origin_node) values (?, ?, ?)",
        type,
        payload,
        originNode);
  }

  /** The newest id written before {@code lookBack} ago: a starting node replays what is younger. */
  long newestIdBefore(Duration lookBack) {
    Long max =
        jdbc.queryForObject(
            "select coalesce(max(id), 0) from cluster_event"
                + " where created_at < now(6) - interval ? second",
            Long.class,
            lookBack.toSeconds());
    return max == null ? 0 : max;
  }

  /** Rows after {@code afterId}, oldest first, at most {@code limit}. */
  List<Row> after(long afterId, int limit) {
    return jdbc.query(
        "select id, type, payload, origin_node from cluster_event where id > ? order by id limit ?",
        ROW,
        afterId,
        limit);
  }

  /**
   * Ids in {@code (floor, upTo]} written in the last {@code window}: an id taken by a transaction
   * that committed after a node had read past it shows up here.
   */
  List<Long> recentIdsUpTo(long floor, long upTo, Duration window) {
    return jdbc.queryForList(
        "select id from cluster_event where id > ? and id <= ?"
            + " and created_at > now(6) - interval ? second",
        Long.class,
        floor,
        upTo,
        window.toSeconds());
  }

  List<Row> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return sql.sql(
            "select id, type, payload, origin_node from cluster_event where id in (:ids) order by id")
        .param("ids", ids)
        .query(ROW)
        .list();
  }

  /**
   * Deletes rows created more than {@code retention} ago (database clock), oldest first, in
   * statements of at most {@code batchSize} rows, each committed on its own, at most {@code
   * maxBatches} statements per call. Safe on several nodes at once: the cut-off is an id read
   * first, each delete is a primary-key range that still checks the age, and a row another node
   * deleted is simply gone. A batch the database rolled back for a write conflict (two nodes'
   * purges, or a Galera certification failure) runs again through {@link WriteConflictRetry}.
   * Returns how many rows this call deleted.
   */
  int purgeOlderThan(Duration retention, int batchSize, int maxBatches) {
    Long upTo =
        jdbc.queryForObject(
            "select max(id) from cluster_event where created_at < now(6) - interval ? second",
            Long.class,
            retention.toSeconds());
    if (upTo == null) {
      return 0;
    }
    int deleted = 0;
    for (int batch = 0; batch < maxBatches; batch++) {
      int rows =
          writes.inTransaction(() ->
              jdbc.update(
                  "delete from cluster_event where id <= ?"
                      + " and created_at < now(6) - interval ? second order by id limit ?",
                  upTo,
                  retention.toSeconds(),
                  batchSize));
      deleted += rows;
      if (rows < batchSize) {
        break;
      }
    }
    return deleted;
  }
}
