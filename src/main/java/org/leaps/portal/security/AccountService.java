package org.leaps.portal.security;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an identity into a {@link PortalUser}. Both sign-in paths end here, so the demo accounts
 * and Keycloak produce exactly the same principal: roles plus agency scope.
 */
@Service
@Transactional
public class AccountService {

  private final PortalAccountRepository accounts;
  private final AgencyDirectory agencyDirectory;
  private final CounselorDirectory counselorDirectory;
  private final Clock clock;

  AccountService(
      PortalAccountRepository accounts,
      AgencyDirectory agencyDirectory,
      CounselorDirectory counselorDirectory,
      Clock clock) {
    this.accounts = accounts;
    this.agencyDirectory = agencyDirectory;
    this.counselorDirectory = counselorDirectory;
    this.clock = clock;
  }

  /** A demo or local account, whose roles and liaison agencies are kept in the portal. */
  @Transactional(readOnly = true)
  public Optional<PortalAccount> findLocalAccount(String email) {
    return accounts.findByEmailIgnoreCase(email);
  }

  /** The principal for a local account: roles and liaison agencies from the portal's own tables. */
  public PortalUser signInLocal(PortalAccount account) {
    PortalAccount managed = accounts.findById(account.getId()).orElseThrow();
    if (!isOfficerOnly(managed.getRoles())) {
      managed.setLastSignInAt(clock.instant()); // an officer's sign-in is a look (decision 090)
    }
    Set<Long> agencyIds = new LinkedHashSet<>(managed.getLiaisonAgencyIds());
    if (managed.getRoles().contains(Role.OFFICER) && managed.getOfficerAgencyId() != null) {
      agencyIds.add(managed.getOfficerAgencyId());
    }
    return toPortalUser(managed, managed.getRoles(), agencyIds);
  }

  /**
   * The principal for a single sign-on: roles and agencies come from Keycloak (realm roles and
   * organizations, already mapped to agency codes). The first sign-in links the Keycloak subject to
   * the person's account, found by email and then by subject. An account the portal has disabled is
   * refused even when Keycloak lets the person in.
   *
   * @throws org.springframework.security.authentication.DisabledException for a disabled account
   */
  public PortalUser signInFederated(
      String subject, String email, String displayName, Set<Role> roles, Set<String> agencyCodes) {
    Optional<PortalAccount> existing =
        Optional.ofNullable(email)
            .flatMap(accounts::findByEmailIgnoreCase)
            .or(() -> accounts.findBySubject(subject));
    if (existing.isPresent() && !existing.get().isEnabled()) {
      throw new org.springframework.security.authentication.DisabledException(
          "The portal account " + existing.get().getEmail() + " is disabled");
    }
    if (isOfficerOnly(roles)) {
      // An officer can only find a peer, so an account row or a sign-in time would record that
      // they looked (decision 090). Nothing is written; Keycloak's claims are the whole principal.
      Set<Long> agencyIds = agencyIds(agencyCodes);
      return new PortalUser(
          existing.map(PortalAccount::getId).orElse(null),
          displayName != null && !displayName.isBlank() ? displayName : email,
          email,
          roles,
          agencyIds,
          agencyDirectory.agencyNames(agencyIds),
          null);
    }
    PortalAccount account =
        existing.orElseGet(() ->
            new PortalAccount(
                email != null ? email : subject + "@unknown.invalid",
                displayName != null ? displayName : subject));
    account.setSubject(subject);
    if (displayName != null && !displayName.isBlank()) {
      account.setDisplayName(displayName);
    }
    account.setLastSignInAt(clock.instant());
    Set<Long> agencyIds = agencyIds(agencyCodes);
    // Keycloak owns roles and agencies; the copy lets alert audiences and liaison lists find
    // people.
    account.getRoles().clear();
    account.getRoles().addAll(roles);
    account.getLiaisonAgencyIds().clear();
    if (roles.contains(Role.LIAISON)) {
      account.getLiaisonAgencyIds().addAll(agencyIds);
    }
    account = accounts.save(account);
    return toPortalUser(account, roles, agencyIds);
  }

  private Set<Long> agencyIds(Set<String> agencyCodes) {
    Set<Long> agencyIds = new LinkedHashSet<>();
    for (String code : agencyCodes) {
      agencyDirectory.agencyIdByCode(code).ifPresent(agencyIds::add);
    }
    return agencyIds;
  }

  /** Someone whose only portal role is officer: outside the peer support program. */
  private static boolean isOfficerOnly(Collection<Role> roles) {
    return roles.contains(Role.OFFICER) && roles.stream().noneMatch(Role::isProgramRole);
  }

  private PortalUser toPortalUser(
      PortalAccount account, Collection<Role> roles, Collection<Long> agencyIds) {
    Set<Role> effectiveRoles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    Set<Long> scopeAgencies = new LinkedHashSet<>(agencyIds);
    Long counselorId = account.getCounselorId();
    boolean isCounselor = effectiveRoles.contains(Role.COUNSELOR);
    // One lookup serves both the first-time link and the counselor's own agency.
    Optional<CounselorDirectory.CounselorLink> link =
        counselorId == null || isCounselor
            ? counselorDirectory.findByEmail(account.getEmail())
            : Optional.empty();
    if (counselorId == null && link.isPresent()) {
      counselorId = link.get().counselorId();
      account.setCounselorId(counselorId);
    }
    if (isCounselor && counselorId != null) {
      // A counselor sees their own agency's roster even when Keycloak sent no organization.
      link.map(CounselorDirectory.CounselorLink::agencyId).ifPresent(scopeAgencies::add);
    }
    List<String> agencyNames = agencyDirectory.agencyNames(scopeAgencies);
    return new PortalUser(
        account.getId(),
        account.getDisplayName(),
        account.getEmail(),
        effectiveRoles,
        scopeAgencies,
        agencyNames,
        counselorId);
  }

  /** Creates or updates a local account; used by the director and by the demo data. */
  @org.springframework.security.access.prepost.PreAuthorize("hasRole('DIRECTOR')")
  public PortalAccount provisionAccount(
      String email,
      String displayName,
      Set<Role> roles,
      Set<Long> liaisonAgencyIds,
      Long counselorId) {
    PortalAccount account =
        accounts
            .findByEmailIgnoreCase(email)
            .orElseGet(() -> new PortalAccount(email, displayName));
    account.setDisplayName(displayName);
    account.getRoles().clear();
    account.getRoles().addAll(roles);
    account.getLiaisonAgencyIds().clear();
    account.getLiaisonAgencyIds().addAll(liaisonAgencyIds);
    account.setCounselorId(counselorId);
    return accounts.save(account);
  }

  /** Creates or updates a local officer account serving one agency (the demo officer). */
  @org.springframework.security.access.prepost.PreAuthorize("hasRole('DIRECTOR')")
  public PortalAccount provisionOfficer(String email, String displayName, Long agencyId) {
    PortalAccount account =
        provisionAccount(email, displayName, Set.of(Role.OFFICER), Set.of(), null);
    account.setOfficerAgencyId(agencyId);
    return accounts.save(account);
  }

  /** Liaison names of an agency, visible to the agency's members. */
  @org.springframework.security.access.prepost.PreAuthorize(Role.IN_PROGRAM)
  @Transactional(readOnly = true)
  public List<String> liaisonNamesOf(Long agencyId) {
    return accounts.findLiaisonsOf(agencyId).stream().map(PortalAccount::getDisplayName).toList();
  }

  /** The liaisons of an agency with their addresses, for the director's agency dialog. */
  @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('DIRECTOR','STAFF')")
  @Transactional(readOnly = true)
  public List<Liaison> liaisonsOf(Long agencyId) {
    return accounts.findLiaisonsOf(agencyId).stream()
        .map(a -> new Liaison(a.getDisplayName(), a.getEmail()))
        .toList();
  }

  /**
   * Makes a person a liaison of one more agency, creating their account if needed; their other
   * roles and agencies stay.
   */
  @org.springframework.security.access.prepost.PreAuthorize("hasRole('DIRECTOR')")
  public PortalAccount assignLiaison(Long agencyId, String email, String displayName) {
    PortalAccount account =
        accounts
            .findByEmailIgnoreCase(email.trim())
            .orElseGet(() -> new PortalAccount(email.trim(), displayName));
    if (displayName != null && !displayName.isBlank()) {
      account.setDisplayName(displayName.trim());
    }
    account.getRoles().add(Role.LIAISON);
    account.getLiaisonAgencyIds().add(agencyId);
    return accounts.save(account);
  }

  /**
   * Takes one agency from a liaison; with no agency left they are no longer a liaison. Their other
   * roles (counselor, say) stay.
   *
   * @return whether the person was a liaison of that agency
   */
  @org.springframework.security.access.prepost.PreAuthorize("hasRole('DIRECTOR')")
  public boolean removeLiaison(Long agencyId, String email) {
    Optional<PortalAccount> found = accounts.findByEmailIgnoreCase(email);
    if (found.isEmpty() || !found.get().getLiaisonAgencyIds().remove(agencyId)) {
      return false;
    }
    if (found.get().getLiaisonAgencyIds().isEmpty()) {
      found.get().getRoles().remove(Role.LIAISON);
    }
    accounts.save(found.get());
    return true;
  }

  /** A liaison as the agency's members and the director see them. */
  public record Liaison(String displayName, String email) {}
}
