package org.leaps.portal.availability;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CounselorAvailabilityRepository extends JpaRepository<CounselorAvailability, Long> {

  Optional<CounselorAvailability> findByCounselorId(Long counselorId);

  /**
   * The counselor's own status in one statement, unless a deployment is in force (only the
   * director, staff or a callout end that): 1 when written, 0 when there is no row or the counselor
   * is deployed, for the caller to take the full path. The row lock makes the deployment check and
   * the write one step; the version goes up as for an entity write. Plain SQL: Hibernate translated
   * the same JPQL update anew on every call, which cost as much as reading the row had (decision
   * 127).
   */
  @Modifying
  @Query(
      nativeQuery = true,
      value =
          "update counselor_availability set status = :status, status_until = :until,"
              + " status_set_at = :now, version = version + 1"
              + " where counselor_id = :counselorId and (status is null or status <> 'DEPLOYED'"
              + " or status_until <= :now)")
  int setStatusUnlessDeployed(
      @Param("counselorId") Long counselorId,
      @Param("status") String status,
      @Param("until") Instant until,
      @Param("now") Instant now);

  /**
   * Settings of every counselor who has any: id, status, until, quiet start, quiet end, pick me.
   */
  @Query(
      "select a.counselorId, a.status, a.statusUntil, a.quietStart, a.quietEnd, a.pickMe"
          + " from CounselorAvailability a")
  List<Object[]> allSettings();

  /** Counselor id, quiet start, quiet end of those among {@code ids} who set quiet hours. */
  @Query(
      "select a.counselorId, a.quietStart, a.quietEnd from CounselorAvailability a"
          + " where a.counselorId in :ids and a.quietStart is not null and a.quietEnd is not null")
  List<Object[]> quietHoursOf(@Param("ids") Collection<Long> counselorIds);

  @Query(
      "select a.counselorId, w.day, w.start, w.end from CounselorAvailability a join a.windows w")
  List<Object[]> allWindows();

  /** Exceptions that have not ended yet; past ones can never apply again. */
  @Query(
      "select a.counselorId, e.kind, e.startsAt, e.endsAt from CounselorAvailability a"
          + " join a.exceptions e where e.endsAt > :now")
  List<Object[]> openExceptions(@Param("now") Instant now);

  /** The find-a-peer directory choices of counselors among {@code ids}: id, phone, call, text. */
  @Query(
      "select a.counselorId, a.directoryPhone, a.directoryCall, a.directoryText"
          + " from CounselorAvailability a where a.counselorId in :ids")
  List<Object[]> directoryChoices(@Param("ids") Collection<Long> ids);

  @Query("select count(a) > 0 from CounselorAvailability a")
  boolean anyExist();
}
