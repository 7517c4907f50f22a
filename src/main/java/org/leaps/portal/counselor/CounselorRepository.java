package org.leaps.portal.counselor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Every roster query takes the caller's scope ({@code statewide}, {@code agencyIds}) so that the
 * database, not the UI, keeps other agencies' people out.
 */
interface CounselorRepository extends JpaRepository<Counselor, Long> {

  String IN_SCOPE = "(:statewide = true or c.agency.id in :agencyIds)";

  @Query("select count(c) from Counselor c where c.status = :status and " + IN_SCOPE)
  long countByStatusInScope(
      @Param("status") CounselorStatus status,
      @Param("statewide") boolean statewide,
      @Param("agencyIds") Collection<Long> agencyIds);

  @Query(
      "select count(c) from Counselor c where c.status = 'ACTIVE'"
          + " and c.basicCourseDate is not null and c.certifyingBody is not null"
          + " and c.designationDate is not null and c.recertificationDue >= :today and "
          + IN_SCOPE)
  long countPrivilegeEligibleInScope(
      @Param("today") LocalDate today,
      @Param("statewide") boolean statewide,
      @Param("agencyIds") Collection<Long> agencyIds);

  @Query(
      "select r.code, r.name, count(c) from Counselor c join c.homeCounty county"
          + " join county.region r where c.status = 'ACTIVE' and "
          + IN_SCOPE
          + " group by r.code, r.name order by r.code")
  List<Object[]> countActiveByRegionInScope(
      @Param("statewide") boolean statewide, @Param("agencyIds") Collection<Long> agencyIds);

  /**
   * Who may see a record: the scope holds the counselor's primary agency or one of the additional
   * agencies they serve (decision 015).
   */
  String SEES =
      "(:statewide = true or c.agency.id in :agencyIds or c.id in (select s.id from Counselor s"
          + " join s.additionalAgencies a where a.id in :agencyIds))";

  /** A record the scope may see (primary or additional agency). */
  @Query("select c from Counselor c where c.id = :id and " + SEES)
  Optional<Counselor> findByIdVisibleInScope(
      @Param("id") Long id,
      @Param("statewide") boolean statewide,
      @Param("agencyIds") Collection<Long> agencyIds);

  /** Ids of the counselors who serve one of these agencies as an additional agency. */
  @Query(
      value = "select distinct ca.counselor_id from counselor_agency ca where ca.agency_id in :ids",
      nativeQuery = true)
  List<Long> idsServingAsAdditional(@Param("ids") Collection<Long> agencyIds);

  /** A record the scope may change: its primary agency is in scope. */
  @Query("select c from Counselor c where c.id = :id and " + IN_SCOPE)
  Optional<Counselor> findByIdInScope(
      @Param("id") Long id,
      @Param("statewide") boolean statewide,
      @Param("agencyIds") Collection<Long> agencyIds);

  @Query("select count(c) from Counselor c where " + IN_SCOPE)
  long countInScope(
      @Param("statewide") boolean statewide, @Param("agencyIds") Collection<Long> agencyIds);

  @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
  @Query("update Counselor c set c.agencyName = :name where c.agency.id = :agencyId")
  int renameAgency(@Param("agencyId") Long agencyId, @Param("name") String name);

  Optional<Counselor> findByEmailIgnoreCase(String email);

  /** The database collation ignores case, so this matches emails in any case. */
  List<Counselor> findByEmailIn(Collection<String> emails);

  List<Counselor> findByAgencyIdInAndBadgeNumberIn(
      Collection<Long> agencyIds, Collection<String> badgeNumbers);
}
