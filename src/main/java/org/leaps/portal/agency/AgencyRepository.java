package org.leaps.portal.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgencyRepository
    extends JpaRepository<Agency, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<Agency> {

  Optional<Agency> findByCode(String code);

  List<Agency> findByCodeIn(Collection<String> codes);

  /** Agencies within a scope: all of them when {@code statewide}, else only {@code agencyIds}. */
  @Query("select a from Agency a where (:statewide = true or a.id in :agencyIds)")
  List<Agency> findInScope(
      @Param("statewide") boolean statewide,
      @Param("agencyIds") Collection<Long> agencyIds,
      Sort sort);

  @Query(
      "select count(a) from Agency a where a.active = true"
          + " and (:statewide = true or a.id in :agencyIds)")
  long countActiveInScope(
      @Param("statewide") boolean statewide, @Param("agencyIds") Collection<Long> agencyIds);

  List<Agency> findByIdIn(Collection<Long> ids, Sort sort);

  /** Agencies that are all of them, or in {@code agencyIds}, or in one of {@code regionCodes}. */
  @Query(
      "select new org.leaps.portal.agency.AgencyPlace(a.id, a.name, r.code) from Agency a"
          + " left join a.homeCounty hc left join hc.region r"
          + " where :all = true or a.id in :agencyIds or r.code in :regionCodes")
  List<AgencyPlace> places(
      @Param("all") boolean all,
      @Param("agencyIds") Collection<Long> agencyIds,
      @Param("regionCodes") Collection<String> regionCodes);
}
