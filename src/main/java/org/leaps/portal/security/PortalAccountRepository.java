package org.leaps.portal.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PortalAccountRepository extends JpaRepository<PortalAccount, Long> {

  Optional<PortalAccount> findByEmailIgnoreCase(String email);

  Optional<PortalAccount> findBySubject(String subject);

  /**
   * Notes a sign-in without touching the version: bookkeeping must not make concurrent sign-ins of
   * one person conflict. A later time never goes back.
   */
  @Modifying
  @Query(
      "update PortalAccount a set a.lastSignInAt = :at where a.id = :id"
          + " and (a.lastSignInAt is null or a.lastSignInAt < :at)")
  int recordSignIn(@Param("id") Long id, @Param("at") Instant at);

  @Query(
      "select distinct a from PortalAccount a join a.liaisonAgencyIds agency"
          + " where agency = :agencyId order by a.displayName")
  List<PortalAccount> findLiaisonsOf(@Param("agencyId") Long agencyId);
}
