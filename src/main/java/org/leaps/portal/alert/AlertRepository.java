package org.leaps.portal.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AlertRepository extends JpaRepository<Alert, Long> {

  @Query(
      "select a from Alert a where a.sent = true and a.closedAt is null and a.expiresAt > :now"
          + " order by a.sentAt desc")
  List<Alert> findActive(@Param("now") Instant now);

  /**
   * Active alerts needing acknowledgement whose next reminder round is due: fewer than {@code max}
   * rounds sent, the last round (or the sending) at or before the cut-off, and somebody still has
   * not acknowledged. Returns alert id and the number of rounds sent so far.
   */
  @Query(
      "select a.id, a.reminderCount from Alert a where a.sent = true and a.closedAt is null"
          + " and a.expiresAt > :now and a.ackRequired = true and a.reminderCount < :max"
          + " and coalesce(a.remindedAt, a.sentAt) <= :cutoff"
          + " and exists (select d.id from AlertDelivery d where d.alert = a"
          + " and d.acknowledgedAt is null)"
          + " order by a.id")
  List<Object[]> findDueForReminder(
      @Param("now") Instant now, @Param("cutoff") Instant cutoff, @Param("max") int max);

  /**
   * Claims reminder round {@code seenCount + 1} for one node: the update changes the row only while
   * the count is still the one this node read and the alert is still open, so with several nodes
   * exactly one sends each round.
   */
  @Modifying
  @Query(
      "update Alert a set a.reminderCount = a.reminderCount + 1, a.remindedAt = :now"
          + " where a.id = :id and a.reminderCount = :seenCount and a.reminderCount < :max"
          + " and a.closedAt is null and a.expiresAt > :now")
  int claimReminder(
      @Param("id") Long id,
      @Param("seenCount") int seenCount,
      @Param("max") int max,
      @Param("now") Instant now);

  /** Alerts that expired (after {@code since}) and whose expiry nobody has announced yet. */
  @Query(
      "select a.id from Alert a where a.sent = true and a.expiryNoticedAt is null"
          + " and a.closedAt is null and a.expiresAt <= :now and a.expiresAt > :since"
          + " order by a.id")
  List<Long> findExpiredUnannounced(@Param("now") Instant now, @Param("since") Instant since);

  /** Claims the announcement of one alert's expiry for one node. */
  @Modifying
  @Query(
      "update Alert a set a.expiryNoticedAt = :now where a.id = :id and a.expiryNoticedAt is null")
  int claimExpiryNotice(@Param("id") Long id, @Param("now") Instant now);

  /** Alerts that ended (closed or expired), newest first: tracking history. */
  @Query(
      value =
          "select a from Alert a where a.sent = true"
              + " and (a.closedAt is not null or a.expiresAt <= :now) order by a.sentAt desc",
      countQuery =
          "select count(a) from Alert a where a.sent = true"
              + " and (a.closedAt is not null or a.expiresAt <= :now)")
  org.springframework.data.domain.Page<Alert> findEnded(
      @Param("now") Instant now, org.springframework.data.domain.Pageable pageable);

  @Query(
      "select distinct a from Alert a, AlertDelivery d where d.alert = a and a.sent = true"
          + " and a.closedAt is null and a.expiresAt > :now"
          + " and (:statewide = true or d.agencyId in :agencyIds)"
          + " order by a.sentAt desc")
  List<Alert> findActiveInScope(
      @Param("now") Instant now,
      @Param("statewide") boolean statewide,
      @Param("agencyIds") java.util.Collection<Long> agencyIds);

  /**
   * Sends a prepared alert: marks it sent at {@code now} in one statement, and only if it is still
   * unsent, so a second "Send now" for the same confirmation sends nothing twice.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      "update Alert a set a.sent = true, a.sentAt = :now, a.version = a.version + 1"
          + " where a.id = :id and a.sent = false")
  int markSent(@Param("id") Long id, @Param("now") Instant now);

  /** Prepared alerts nobody sent, prepared before {@code before}: their dialogs were left. */
  @Query("select a.id from Alert a where a.sent = false and a.sentAt < :before order by a.id")
  List<Long> findUnsentPreparedBefore(@Param("before") Instant before);

  /**
   * The alert as last committed, locked: after a {@link #markSent} that changed nothing, whether
   * another "Send now" sent it or it was dropped, whatever this transaction read before.
   */
  @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from Alert a where a.id = :id")
  Optional<Alert> findLatest(@Param("id") Long id);
}
