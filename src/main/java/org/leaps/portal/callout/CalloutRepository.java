package org.leaps.portal.callout;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalloutRepository extends JpaRepository<Callout, Long> {

  String IN_SCOPE = "(:statewide = true or c.requestingAgencyId in :agencyIds)";

  @Query("select c from Callout c where c.id = :id and " + IN_SCOPE)
  Optional<Callout> findInScope(
      @Param("id") Long id,
      @Param("statewide") boolean statewide,
      @Param("agencyIds") Collection<Long> agencyIds);

  @Query(
      "select c from Callout c where c.state <> org.leaps.portal.callout.CalloutState.CLOSED and "
          + IN_SCOPE
          + " order by c.requestedAt desc")
  List<Callout> openInScope(
      @Param("statewide") boolean statewide, @Param("agencyIds") Collection<Long> agencyIds);

  @Query("select c from Callout c where " + IN_SCOPE + " order by c.requestedAt desc, c.id desc")
  List<Callout> pageInScope(
      @Param("statewide") boolean statewide,
      @Param("agencyIds") Collection<Long> agencyIds,
      Pageable pageable);

  @Query(
      "select c from Callout c where c.requestedAt >= :from and c.requestedAt < :to and "
          + IN_SCOPE)
  List<Callout> requestedBetween(
      @Param("from") Instant from,
      @Param("to") Instant to,
      @Param("statewide") boolean statewide,
      @Param("agencyIds") Collection<Long> agencyIds);

  /**
   * Takes one place if one is left, in one statement: the row lock makes concurrent accepts queue,
   * and each sees the count the previous one wrote. The state is set before the count (MariaDB
   * evaluates single-table assignments left to right).
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update callout set state = case when accepted_count + 1 >= needed then 'FILLED' else"
              + " state end, filled_at = case when accepted_count + 1 >= needed then :now else"
              + " filled_at end, first_accepted_at = coalesce(first_accepted_at, :now),"
              + " accepted_count = accepted_count + 1, version = version + 1"
              + " where id = :id and state = 'DISPATCHED' and accepted_count < needed",
      nativeQuery = true)
  int takePlace(@Param("id") Long id, @Param("now") Instant now);

  /** Dispatched, not filled, last tier asked at or before {@code due}: ready to escalate. */
  @Query(
      "select c.id from Callout c where c.state = org.leaps.portal.callout.CalloutState.DISPATCHED"
          + " and c.lastTierAt <= :due")
  List<Long> dueForEscalation(@Param("due") Instant due);

  /** Claims one escalation round: only one node's job wins for the same tier. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update callout set last_tier_at = :now, version = version + 1 where id = :id and"
              + " state = 'DISPATCHED' and last_tier_at <= :due",
      nativeQuery = true)
  int claimEscalation(@Param("id") Long id, @Param("due") Instant due, @Param("now") Instant now);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update callout set meeting_point = null, incident_zip = null, incident_latitude = null,"
              + " incident_longitude = null, purged_at = :now, version = version + 1"
              + " where state = 'CLOSED' and closed_at <= :before and purged_at is null",
      nativeQuery = true)
  int purgeClosedBefore(@Param("before") Instant before, @Param("now") Instant now);

  /** Stamps the callout's first en route and first on scene, each if given and not yet set. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update callout set first_en_route_at = coalesce(first_en_route_at, :enRoute),"
              + " first_on_scene_at = coalesce(first_on_scene_at, :onScene),"
              + " version = version + 1 where id = :id",
      nativeQuery = true)
  int firstStages(
      @Param("id") Long id, @Param("enRoute") Instant enRoute, @Param("onScene") Instant onScene);

  /** Locks the callout's row for the rest of the transaction (see the lock order in accept). */
  @Query(value = "select id from callout where id = :id for update", nativeQuery = true)
  List<Long> lockRow(@Param("id") Long id);
}
