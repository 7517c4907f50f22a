package org.leaps.portal.availability;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CounselorAvailabilityRepository extends JpaRepository<CounselorAvailability, Long> {

  String FACTS =
      "select new org.leaps.portal.availability.CounselorFacts(c.id, ag.id, hc.fips,"
          + " case when c.basicCourseDate is not null and c.certifyingBody is not null"
          + " and c.designationDate is not null then true else false end,"
          + " c.recertificationDue, c.homeZip)"
          + " from Counselor c join c.agency ag join c.homeCounty hc where c.status = 'ACTIVE'";

  Optional<CounselorAvailability> findByCounselorId(Long counselorId);

  @Query(FACTS)
  List<CounselorFacts> activeCounselorFacts();

  @Query(FACTS + " and c.id = :id")
  Optional<CounselorFacts> activeCounselorFacts(@Param("id") Long counselorId);

  /**
   * Settings of every counselor who has any: id, status, until, quiet start, quiet end, pick me.
   */
  @Query(
      "select a.counselorId, a.status, a.statusUntil, a.quietStart, a.quietEnd, a.pickMe"
          + " from CounselorAvailability a")
  List<Object[]> allSettings();

  @Query(
      "select a.counselorId, w.day, w.start, w.end from CounselorAvailability a join a.windows w")
  List<Object[]> allWindows();

  /** Exceptions that have not ended yet; past ones can never apply again. */
  @Query(
      "select a.counselorId, e.kind, e.startsAt, e.endsAt from CounselorAvailability a"
          + " join a.exceptions e where e.endsAt > :now")
  List<Object[]> openExceptions(@Param("now") Instant now);

  /** Display facts for one page of responders, filtered again by the caller's agency scope. */
  @Query(
      "select c.id, c.firstName, c.lastName, ag.name from Counselor c join c.agency ag"
          + " where c.id in :ids and (:statewide = true or ag.id in :agencyIds)")
  List<Object[]> namesInScope(
      @Param("ids") Collection<Long> ids,
      @Param("statewide") boolean statewide,
      @Param("agencyIds") Collection<Long> agencyIds);

  @Query("select c.firstName, c.lastName from Counselor c where c.id = :id")
  List<Object[]> counselorName(@Param("id") Long counselorId);

  @Query("select c.id from Counselor c where lower(c.email) = lower(:email)")
  Optional<Long> counselorIdByEmail(@Param("email") String email);

  @Query("select count(a) > 0 from CounselorAvailability a")
  boolean anyExist();
}
