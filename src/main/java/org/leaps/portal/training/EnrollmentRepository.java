package org.leaps.portal.training;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every query a liaison can reach takes the scope, so another agency's rows never come back. */
interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

  String IN_SCOPE = "(:statewide = true or e.agencyId in :agencyIds)";
  String MATCHES =
      "(:search is null or e.lastName like :search escape '!' or e.firstName like :search"
          + " escape '!' or e.email like :search escape '!')";

  @Query("select e from Enrollment e where e.id = :id and " + IN_SCOPE)
  Optional<Enrollment> findInScope(
      @Param("id") Long id,
      @Param("statewide") boolean statewide,
      @Param("agencyIds") Collection<Long> agencyIds);

  @Query(
      "select e from Enrollment e where e.eventId = :eventId and "
          + IN_SCOPE
          + " and "
          + MATCHES
          + " order by case e.state when 'ENROLLED' then 0 when 'WAITLISTED' then 1 else 2 end,"
          + " e.requestedAt, e.id")
  List<Enrollment> pageOfEvent(
      @Param("eventId") Long eventId,
      @Param("search") String search,
      @Param("statewide") boolean statewide,
      @Param("agencyIds") Collection<Long> agencyIds,
      Pageable pageable);

  @Query(
      "select count(e) from Enrollment e where e.eventId = :eventId and "
          + IN_SCOPE
          + " and "
          + MATCHES)
  long countOfEvent(
      @Param("eventId") Long eventId,
      @Param("search") String search,
      @Param("statewide") boolean statewide,
      @Param("agencyIds") Collection<Long> agencyIds);

  /** The check-in list: enrolled people only, by last name. */
  @Query(
      "select e from Enrollment e where e.eventId = :eventId and e.state = 'ENROLLED' and "
          + MATCHES
          + " order by e.lastName, e.firstName, e.id")
  List<Enrollment> checkInPage(
      @Param("eventId") Long eventId, @Param("search") String search, Pageable pageable);

  @Query(
      "select count(e) from Enrollment e where e.eventId = :eventId and e.state = 'ENROLLED'"
          + " and "
          + MATCHES)
  long countCheckIn(@Param("eventId") Long eventId, @Param("search") String search);

  @Query("select e.eventId from Enrollment e where e.id = :id and " + IN_SCOPE)
  Optional<Long> eventIdInScope(
      @Param("id") Long id,
      @Param("statewide") boolean statewide,
      @Param("agencyIds") Collection<Long> agencyIds);

  @Query(
      "select e from Enrollment e join fetch e.event v where e.counselorId = :counselorId"
          + " order by v.startsOn desc, e.id desc")
  List<Enrollment> findByCounselorIdWithEvent(@Param("counselorId") Long counselorId);

  long countByEventIdAndState(Long eventId, EnrollmentState state);

  @Query(
      "select count(e) from Enrollment e where e.eventId = :eventId and e.state = 'ENROLLED'"
          + " and e.checkedInAt is not null")
  long countCheckedIn(@Param("eventId") Long eventId);

  Optional<Enrollment> findFirstByEventIdAndStateOrderByRequestedAtAscIdAsc(
      Long eventId, EnrollmentState state);

  Optional<Enrollment> findByEventIdAndEmail(Long eventId, String email);

  Optional<Enrollment> findByEventIdAndCounselorId(Long eventId, Long counselorId);

  List<Enrollment> findByEmailAndCounselorIdIsNull(String email);

  /**
   * Checks someone in unless somebody already did: the conditional update is the claim, so two
   * staff tapping the same name at once check them in exactly once.
   */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query(
      "update Enrollment e set e.checkedInAt = :at, e.checkedInBy = :by, e.version = e.version + 1"
          + " where e.id = :id and e.state = 'ENROLLED' and e.checkedInAt is null")
  int claimCheckIn(@Param("id") Long id, @Param("at") Instant at, @Param("by") String by);

  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query(
      "update Enrollment e set e.checkedInAt = null, e.checkedInBy = null,"
          + " e.version = e.version + 1 where e.id = :id and e.completedOn is null")
  int clearCheckIn(@Param("id") Long id);
}
