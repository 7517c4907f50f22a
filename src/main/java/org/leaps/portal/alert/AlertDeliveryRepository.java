package org.leaps.portal.alert;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Deliveries of alerts. Who an alert reaches, and names and phones for tracking, come from the
 * owning modules' APIs (counselor, agency, security, geography), never from queries here.
 */
interface AlertDeliveryRepository extends JpaRepository<AlertDelivery, Long> {

  // --- One person's deliveries -----------------------------------------------------------------

  @Query(
      value =
          "select d from AlertDelivery d join fetch d.alert a"
              + " where (d.email = :email or d.accountId = :accountId) and a.sent = true"
              + " order by a.sentAt desc",
      countQuery =
          "select count(d) from AlertDelivery d join d.alert a"
              + " where (d.email = :email or d.accountId = :accountId) and a.sent = true")
  Page<AlertDelivery> findMine(
      @Param("email") String email, @Param("accountId") Long accountId, Pageable pageable);

  @Query(
      "select count(d) from AlertDelivery d join d.alert a"
          + " where (d.email = :email or d.accountId = :accountId)"
          + " and d.readAt is null and a.sent = true and a.closedAt is null and a.expiresAt > :now")
  long countUnread(
      @Param("email") String email, @Param("accountId") Long accountId, @Param("now") Instant now);

  @Query(
      "select a.id from AlertDelivery d join d.alert a"
          + " where (d.email = :email or d.accountId = :accountId)"
          + " and d.readAt is null and a.sent = true and a.closedAt is null and a.expiresAt > :now")
  List<Long> findUnreadAlertIds(
      @Param("email") String email, @Param("accountId") Long accountId, @Param("now") Instant now);

  @Query(
      "select d from AlertDelivery d join fetch d.alert a"
          + " where (d.email = :email or d.accountId = :accountId)"
          + " and a.severity = org.leaps.portal.alert.Severity.CRITICAL and a.ackRequired = true"
          + " and d.acknowledgedAt is null and a.sent = true and a.closedAt is null"
          + " and a.expiresAt > :now order by a.sentAt")
  List<AlertDelivery> findOpenCritical(
      @Param("email") String email, @Param("accountId") Long accountId, @Param("now") Instant now);

  @Query(
      "select d from AlertDelivery d join fetch d.alert a"
          + " where a.id = :alertId and a.sent = true"
          + " and (d.email = :email or d.accountId = :accountId)")
  Optional<AlertDelivery> findMineFor(
      @Param("alertId") Long alertId,
      @Param("email") String email,
      @Param("accountId") Long accountId);

  // --- Fan-out and reminders -------------------------------------------------------------------

  @Query("select d.email, d.accountId from AlertDelivery d where d.alert.id = :alertId")
  List<Object[]> recipientKeys(@Param("alertId") Long alertId);

  /** Those who have already read an alert: email, account id, whether acknowledged. */
  @Query(
      "select d.email, d.accountId, d.acknowledgedAt from AlertDelivery d"
          + " where d.alert.id = :alertId and d.readAt is not null")
  List<Object[]> readKeys(@Param("alertId") Long alertId);

  @Query("select d from AlertDelivery d where d.alert.id = :alertId order by d.id")
  List<AlertDelivery> findByAlert(@Param("alertId") Long alertId);

  @Query(
      "select d from AlertDelivery d where d.alert.id = :alertId and d.acknowledgedAt is null"
          + " order by d.id")
  List<AlertDelivery> findUnacknowledged(@Param("alertId") Long alertId);

  /**
   * Acknowledges one delivery in one statement. A person's phone and desktop may answer the same
   * alert at the same moment: the first sets the time, the second finds it set, and neither fails.
   * The version goes up as for an entity write, so an entity loaded before cannot write over it.
   * Plain SQL on the module's own table: Hibernate translates a JPQL update anew on every call
   * (decision 127), and hundreds of people acknowledge within seconds.
   */
  @Modifying
  @Query(
      nativeQuery = true,
      value =
          "update alert_delivery set acknowledged_at = :now, read_at = coalesce(read_at, :now),"
              + " reached_at = coalesce(reached_at, :now), version = version + 1"
              + " where id = :id and acknowledged_at is null")
  int acknowledge(@Param("id") Long id, @Param("now") Instant now);

  /** Marks one delivery read in one statement, for the same reasons as {@link #acknowledge}. */
  @Modifying
  @Query(
      nativeQuery = true,
      value =
          "update alert_delivery set read_at = :now, reached_at = coalesce(reached_at, :now),"
              + " version = version + 1 where id = :id and read_at is null")
  int markRead(@Param("id") Long id, @Param("now") Instant now);

  /** Marks deliveries as reached by a live session; one statement per batch of people. */
  @Modifying
  @Query(
      "update AlertDelivery d set d.reachedAt = :now where d.alert.id = :alertId"
          + " and d.email in :emails and d.reachedAt is null")
  int markReached(
      @Param("alertId") Long alertId,
      @Param("emails") Collection<String> emails,
      @Param("now") Instant now);

  // --- Tracking --------------------------------------------------------------------------------

  /** Per agency: agency id, total, acknowledged, reached. */
  @Query(
      "select d.agencyId, count(d),"
          + " sum(case when d.acknowledgedAt is not null then 1 else 0 end),"
          + " sum(case when d.reachedAt is not null then 1 else 0 end)"
          + " from AlertDelivery d where d.alert.id = :alertId group by d.agencyId")
  List<Object[]> countsByAgency(@Param("alertId") Long alertId);

  /** Per region: region code, total, acknowledged, reached. */
  @Query(
      "select d.regionCode, count(d),"
          + " sum(case when d.acknowledgedAt is not null then 1 else 0 end),"
          + " sum(case when d.reachedAt is not null then 1 else 0 end)"
          + " from AlertDelivery d where d.alert.id = :alertId group by d.regionCode"
          + " order by d.regionCode")
  List<Object[]> countsByRegion(@Param("alertId") Long alertId);

  /**
   * Who has not acknowledged, within the caller's agency scope: name, counselor id, agency id,
   * reached at.
   */
  @Query(
      value =
          "select d.displayName, d.counselorId, d.agencyId, d.reachedAt from AlertDelivery d"
              + " where d.alert.id = :alertId and d.alert.sent = true and d.acknowledgedAt is null"
              + " and (:statewide = true or d.agencyId in :agencyIds)"
              + " order by d.displayName",
      countQuery =
          "select count(d) from AlertDelivery d where d.alert.id = :alertId"
              + " and d.alert.sent = true and d.acknowledgedAt is null"
              + " and (:statewide = true or d.agencyId in :agencyIds)")
  Page<Object[]> findNotAcknowledged(
      @Param("alertId") Long alertId,
      @Param("statewide") boolean statewide,
      @Param("agencyIds") Collection<Long> agencyIds,
      Pageable pageable);
}
