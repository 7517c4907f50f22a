package org.leaps.portal.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PortalAccountRepository extends JpaRepository<PortalAccount, Long> {

  /**
   * The account with this email, in any case, through the unique key: the column's collation
   * ignores case, where the derived query's {@code upper(email)} read every account (decision 131).
   */
  @Query("select a from PortalAccount a where a.email = :email")
  Optional<PortalAccount> findByEmailIgnoreCase(@Param("email") String email);

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

  @Query(
      "select distinct new org.leaps.portal.security.AccountContacts$Contact(a.id, lower(a.email),"
          + " a.displayName) from PortalAccount a join a.roles role"
          + " where a.enabled = true and role in :roles")
  List<AccountContacts.Contact> enabledWithRoles(@Param("roles") Collection<Role> roles);

  @Query(
      "select new org.leaps.portal.security.AccountContacts$LiaisonContact(a.id, lower(a.email),"
          + " a.displayName, lid) from PortalAccount a join a.roles role join a.liaisonAgencyIds lid"
          + " where a.enabled = true and role = org.leaps.portal.security.Role.LIAISON"
          + " and lid in :agencyIds order by a.id, lid")
  List<AccountContacts.LiaisonContact> enabledLiaisonsOf(
      @Param("agencyIds") Collection<Long> agencyIds);

  @Query(
      "select new org.leaps.portal.security.AccountContacts$CounselorAccount(a.counselorId, a.id)"
          + " from PortalAccount a where a.enabled = true and a.counselorId in :counselorIds")
  List<AccountContacts.CounselorAccount> enabledAccountsOfCounselors(
      @Param("counselorIds") Collection<Long> counselorIds);
}
