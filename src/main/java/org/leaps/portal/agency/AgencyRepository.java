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
}
