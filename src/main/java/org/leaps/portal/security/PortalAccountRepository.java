package org.leaps.portal.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PortalAccountRepository extends JpaRepository<PortalAccount, Long> {

  Optional<PortalAccount> findByEmailIgnoreCase(String email);

  Optional<PortalAccount> findBySubject(String subject);

  @Query(
      "select distinct a from PortalAccount a join a.liaisonAgencyIds agency"
          + " where agency = :agencyId order by a.displayName")
  List<PortalAccount> findLiaisonsOf(@Param("agencyId") Long agencyId);
}
