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

  String PLACEMENT =
      "select new org.leaps.portal.counselor.CounselorPlacement(c.id, c.agency.id, hc.fips,"
          + " case when "
          + PrivilegeEligibility.CERTIFIED_JPQL
          + " then true else false end, c.recertificationDue, c.homeZip)"
          + " from Counselor c join c.homeCounty hc"
          + " where c.status = org.leaps.portal.counselor.CounselorStatus.ACTIVE";

  @Query(PLACEMENT)
  List<CounselorPlacement> activePlacements();

  @Query(PLACEMENT + " and c.id = :id")
  Optional<CounselorPlacement> activePlacement(@Param("id") Long counselorId);

  /**
   * Directory facts of active counselors among {@code ids}: id, first name, agency id, agency name,
   * home county, region, home ZIP, mobile, work phone.
   */
  @Query(
      "select c.id, c.firstName, ag.id, ag.name, hc.fips, c.regionCode, c.homeZip, c.mobilePhone,"
          + " c.workPhone from Counselor c join c.agency ag join c.homeCounty hc"
          + " where c.id in :ids and c.status = org.leaps.portal.counselor.CounselorStatus.ACTIVE")
  List<Object[]> directoryRows(@Param("ids") java.util.Collection<Long> ids);

  @Query("select c.id, s from Counselor c join c.specialties s where c.id in :ids")
  List<Object[]> specialtiesOf(@Param("ids") java.util.Collection<Long> ids);

  String CONTACT =
      "select new org.leaps.portal.counselor.CounselorContact(c.id, lower(c.email),"
          + " concat(c.firstName, ' ', c.lastName), c.mobilePhone, c.workPhone, c.agency.id, r.code)"
          + " from Counselor c join c.homeCounty hc join hc.region r";

  /** Active counselors of these agencies or of home counties in these regions (or all). */
  @Query(
      CONTACT
          + " where c.status = org.leaps.portal.counselor.CounselorStatus.ACTIVE"
          + " and (:all = true or c.agency.id in :agencyIds or r.code in :regionCodes)")
  List<CounselorContact> activeContacts(
      @Param("all") boolean all,
      @Param("agencyIds") Collection<Long> agencyIds,
      @Param("regionCodes") Collection<String> regionCodes);

  @Query(CONTACT + " where c.id in :ids and " + IN_SCOPE)
  List<CounselorContact> contactsInScope(
      @Param("ids") Collection<Long> ids,
      @Param("statewide") boolean statewide,
      @Param("agencyIds") Collection<Long> agencyIds);

  /** Names and primary agency of these counselors, if their primary agency is in scope. */
  @Query(
      "select new org.leaps.portal.counselor.CounselorName(c.id, c.firstName, c.lastName,"
          + " c.agency.name) from Counselor c where c.id in :ids and "
          + IN_SCOPE)
  List<CounselorName> namesInScope(
      @Param("ids") Collection<Long> ids,
      @Param("statewide") boolean statewide,
      @Param("agencyIds") Collection<Long> agencyIds);

  @Query("select count(c) from Counselor c where c.status = :status and " + IN_SCOPE)
  long countByStatusInScope(
      @Param("status") CounselorStatus status,
      @Param("statewide") boolean statewide,
      @Param("agencyIds") Collection<Long> agencyIds);

  @Query(
      "select count(c) from Counselor c where "
          + PrivilegeEligibility.ELIGIBLE_JPQL
          + " and "
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

  /**
   * The counselor with this email, in any case. The column's collation ignores case (its unique key
   * already treats "A@x" and "a@x" as one), so a plain comparison matches any case and uses that
   * key; the derived query compared {@code upper(email)} and read all 10,000 rows (decision 131).
   */
  @Query("select c from Counselor c where c.email = :email")
  Optional<Counselor> findByEmailIgnoreCase(@Param("email") String email);

  /** The database collation ignores case, so this matches emails in any case. */
  List<Counselor> findByEmailIn(Collection<String> emails);

  List<Counselor> findByAgencyIdInAndBadgeNumberIn(
      Collection<Long> agencyIds, Collection<String> badgeNumbers);
}
