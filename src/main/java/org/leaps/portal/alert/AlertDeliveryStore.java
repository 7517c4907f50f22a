package org.leaps.portal.alert;

import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trusted, module-internal reads and writes for background work (the poller, mail, reminders). Not
 * reachable from views: everything people do goes through {@link AlertService}.
 */
@Component
@Transactional
class AlertDeliveryStore {

  private final AlertRepository alerts;
  private final AlertDeliveryRepository deliveries;
  private final JdbcTemplate jdbc;
  private final JdbcClient sql;
  private final Clock clock;

  AlertDeliveryStore(
      AlertRepository alerts,
      AlertDeliveryRepository deliveries,
      JdbcTemplate jdbc,
      JdbcClient sql,
      Clock clock) {
    this.alerts = alerts;
    this.deliveries = deliveries;
    this.jdbc = jdbc;
    this.sql = sql;
    this.clock = clock;
  }

  /**
   * Under the MariaDB driver's 128 KB send buffer: a bulk packet past it makes the driver allocate
   * a 1 MB buffer, which G1 (1 MB regions in a 2 GB heap) takes as a humongous object. Every
   * statewide alert did, and the collection that allocation started paused the whole portal for 95
   * to 180 ms while the alert was being stored (runs 25 and 26, decision 134).
   */
  static final int BULK_PACKET_BYTES = 112 * 1024;

  /**
   * Inserts one delivery per recipient in as few JDBC batches as keep each bulk packet under {@link
   * #BULK_PACKET_BYTES}: a statewide alert of 9,392 people in about six round trips, not one per
   * 500 rows, each of which waits for a core on a busy server.
   */
  void insertDeliveries(long alertId, List<Recipient> recipients) {
    for (List<Recipient> packet : packets(recipients)) {
      jdbc.batchUpdate(
          "insert into alert_delivery (version, alert_id, email, display_name, account_id,"
              + " counselor_id, agency_id, region_code) values (0, ?, ?, ?, ?, ?, ?, ?)",
          packet,
          packet.size(),
          (ps, r) -> {
            ps.setLong(1, alertId);
            ps.setString(2, r.email());
            ps.setString(3, displayName(r));
            setLong(ps, 4, r.accountId());
            setLong(ps, 5, r.counselorId());
            setLong(ps, 6, r.agencyId());
            if (r.regionCode() == null) {
              ps.setNull(7, Types.VARCHAR);
            } else {
              ps.setString(7, r.regionCode());
            }
          });
    }
  }

  /**
   * Deletes prepared alerts that are still unsent, with their deliveries and audience choices. The
   * alert rows are locked first: a "Send now" at the same moment either marks one sent before (it
   * stays) or waits and finds it gone (and sends afresh).
   */
  int deleteUnsent(Collection<Long> alertIds) {
    if (alertIds.isEmpty()) {
      return 0;
    }
    List<Long> unsent =
        sql.sql("select id from alert where sent = false and id in (:ids) for update")
            .param("ids", alertIds)
            .query(Long.class)
            .list();
    if (unsent.isEmpty()) {
      return 0;
    }
    for (String table : List.of("alert_delivery", "alert_region", "alert_agency")) {
      sql.sql("delete from " + table + " where alert_id in (:ids)").param("ids", unsent).update();
    }
    return sql.sql("delete from alert where id in (:ids)").param("ids", unsent).update();
  }

  /** The recipients in runs whose rows, as the driver encodes them, fit one bulk packet. */
  static List<List<Recipient>> packets(List<Recipient> recipients) {
    List<List<Recipient>> packets = new ArrayList<>();
    int from = 0;
    int bytes = 0;
    for (int i = 0; i < recipients.size(); i++) {
      Recipient r = recipients.get(i);
      // Four longs and three strings, each with its indicator and length bytes.
      int row =
          48
              + utf8Length(r.email())
              + utf8Length(displayName(r))
              + (r.regionCode() == null ? 0 : utf8Length(r.regionCode()));
      if (i > from && bytes + row > BULK_PACKET_BYTES) {
        packets.add(recipients.subList(from, i));
        from = i;
        bytes = 0;
      }
      bytes += row;
    }
    if (from < recipients.size()) {
      packets.add(recipients.subList(from, recipients.size()));
    }
    return packets;
  }

  private static String displayName(Recipient r) {
    return AlertDelivery.storedDisplayName(r.displayName());
  }

  private static int utf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }

  private static void setLong(java.sql.PreparedStatement ps, int index, Long value)
      throws java.sql.SQLException {
    if (value == null) {
      ps.setNull(index, Types.BIGINT);
    } else {
      ps.setLong(index, value);
    }
  }

  /** A new alert's signal, from its stored deliveries (on a node that did not send it). */
  @Transactional(readOnly = true)
  Optional<AlertSignal.Sent> sentSignal(long alertId) {
    return alerts
        .findById(alertId)
        .map(alert -> {
          Set<String> emails = new HashSet<>();
          Set<Long> accountIds = new HashSet<>();
          for (Object[] row : deliveries.recipientKeys(alertId)) {
            emails.add((String) row[0]);
            if (row[1] != null) {
              accountIds.add((Long) row[1]);
            }
          }
          return sentSignal(alert, emails, accountIds);
        });
  }

  /** A new alert's signal, from the recipients its sender has just stored deliveries for. */
  static AlertSignal.Sent sentSignal(Alert alert, Collection<Recipient> recipients) {
    Set<String> emails = new HashSet<>();
    Set<Long> accountIds = new HashSet<>();
    for (Recipient recipient : recipients) {
      emails.add(recipient.email());
      if (recipient.accountId() != null) {
        accountIds.add(recipient.accountId());
      }
    }
    return sentSignal(alert, emails, accountIds);
  }

  private static AlertSignal.Sent sentSignal(
      Alert alert, Set<String> emails, Set<Long> accountIds) {
    return new AlertSignal.Sent(
        alert.getId(),
        alert.getTitle(),
        alert.getMessage(),
        alert.getSeverity(),
        alert.isAckRequired(),
        alert.getSentAt(),
        alert.getSenderName(),
        Set.copyOf(emails),
        Set.copyOf(accountIds),
        AlertSignal.Settled.NONE);
  }

  @Transactional(readOnly = true)
  Optional<AlertSignal.Reminded> reminderSignal(long alertId) {
    return alerts
        .findById(alertId)
        .map(alert -> {
          Set<String> emails = new HashSet<>();
          for (AlertDelivery d : deliveries.findUnacknowledged(alertId)) {
            emails.add(d.getEmail());
          }
          return new AlertSignal.Reminded(alertId, alert.getTitle(), Set.copyOf(emails));
        });
  }

  void markReached(Map<Long, Set<String>> reachedByAlert) {
    var now = clock.instant();
    reachedByAlert.forEach((alertId, emails) -> {
      List<String> all = new ArrayList<>(emails);
      for (int from = 0; from < all.size(); from += 500) {
        deliveries.markReached(alertId, all.subList(from, Math.min(all.size(), from + 500)), now);
      }
    });
  }

  @Transactional(readOnly = true)
  Optional<Alert> alert(long alertId) {
    return alerts.findById(alertId);
  }

  @Transactional(readOnly = true)
  List<AlertDelivery> deliveriesOf(long alertId) {
    return deliveries.findByAlert(alertId);
  }

  @Transactional(readOnly = true)
  List<AlertDelivery> unacknowledgedOf(long alertId) {
    return deliveries.findUnacknowledged(alertId);
  }

  void markEmailed(List<Long> deliveryIds, boolean reminder) {
    // Instants are stored as UTC wall time (hibernate.jdbc.time_zone=UTC).
    var now = java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    String column = reminder ? "reminded_at" : "emailed_at";
    jdbc.batchUpdate(
        "update alert_delivery set "
            + column
            + " = ?, reached_at = coalesce(reached_at, ?) where id = ?",
        deliveryIds,
        500,
        (ps, id) -> {
          ps.setObject(1, now);
          ps.setObject(2, now);
          ps.setLong(3, id);
        });
  }
}
