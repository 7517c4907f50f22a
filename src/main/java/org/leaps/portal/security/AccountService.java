package org.leaps.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;

  /**
   * Sign-ins of one person at the same moment (a phone and a desktop, a shift on shared
   * credentials) meet on the same account row; the later ones try again after a short random pause
   * and then find the row as the first one left it.
   */
  private final RetryTemplate concurrentSignIns =
      new RetryTemplate(
          RetryPolicy.builder()
              .includes(
                  ConcurrencyFailureException.class,
                  DataIntegrityViolationException.class,
                  jakarta.persistence.OptimisticLockException.class)
              .maxRetries(8)
              .delay(Duration.ofMillis(10))
              .jitter(Duration.ofMillis(10))
              .multiplier(1.5)
              .maxDelay(Duration.ofMillis(200))
              .build());

  AccountService(
      PortalAccountRepository accounts,
      AgencyDirectory agencyDirectory,
      CounselorDirectory counselorDirectory,
      Clock clock,
      PlatformTransactionManager transactionManager,
      ApplicationEventPublisher events) {
    this.accounts = accounts;
    this.agencyDirectory = agencyDirectory;
    this.counselorDirectory = counselorDirectory;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
    this.events = events;
  }

  /** A demo or local account, whose roles and liaison agencies are kept in the portal. */
  @Transactional(readOnly = true)
  public Optional<PortalAccount> findLocalAccount(String email) {
    return accounts.findByEmailIgnoreCase(email);
  }

  /** The principal for a local account: roles and liaison agencies from the portal's own tables. */
  public PortalUser signInLocal(PortalAccount account) {
    PortalAccount managed = accounts.findById(account.getId()).orElseThrow();
    Set<Long> agencyIds = new LinkedHashSet<>(managed.getLiaisonAgencyIds());
    if (managed.getRoles().contains(Role.OFFICER) && managed.getOfficerAgencyId() != null) {
      agencyIds.add(managed.getOfficerAgencyId());
    }
    PortalUser user = toPortalUser(managed, managed.getRoles(), agencyIds, null);
    if (!isOfficerOnly(managed.getRoles())) {
      accounts.recordSignIn(managed.getId(), clock.instant()); // an officer's sign-in is a look
    }
    return user;
  }

  /**
   * The principal for a single sign-on: roles and agencies come from Keycloak (realm roles and
   * organizations, already mapped to agency codes). The account is found by the Keycloak subject;
   * only a person never linked before is matched by email, under the rules of decision 045. An
   * account the portal has disabled is refused even when Keycloak lets the person in.
   *
   * <p>Runs in its own transaction and repeats it when a concurrent sign-in of the same person got
   * there first (a version or unique-key conflict), so that simultaneous sign-ins all succeed.
   *
   * @throws org.springframework.security.authentication.DisabledException for a disabled account
   * @throws AccountLinkRefusedException when the email may not be linked; the refusal is published
   *     as {@link SignInRefused} for the audit trail
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public PortalUser signInFederated(FederatedIdentity identity) {
    if (isOfficerOnly(identity.roles())) {
      return officerFromClaims(identity);
    }
    try {
      return withRetries(() -> transactions.execute(status -> signInFederatedOnce(identity)));
    } catch (AccountLinkRefusedException refused) {
      // After the rollback: the audit trail keeps the refusal although nothing else was written.
      events.publishEvent(refused.refusal());
      throw refused;
    }
  }

  /**
   * An officer can only find a peer, so an account row or a sign-in time would record that they
   * looked (decision 090). Nothing is written; Keycloak's claims are the whole principal.
   */
  private PortalUser officerFromClaims(FederatedIdentity identity) {
    Optional<PortalAccount> existing = accounts.findBySubject(identity.subject());
    if (existing.isPresent() && !existing.get().isEnabled()) {
      throw new org.springframework.security.authentication.DisabledException(
          "The portal account " + existing.get().getEmail() + " is disabled");
    }
    Set<Long> agencyIds = agencyIds(identity.agencyCodes());
    String displayName = identity.displayName();
    return new PortalUser(
        existing.map(PortalAccount::getId).orElse(null),
        displayName != null && !displayName.isBlank() ? displayName : identity.email(),
        identity.email(),
        identity.roles(),
        agencyIds,
        agencyDirectory.agencyNames(agencyIds),
        null);
  }

  private <T> T withRetries(Retryable<T> work) {
    try {
      return concurrentSignIns.execute(work);
    } catch (RetryException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private PortalUser signInFederatedOnce(FederatedIdentity identity) {
    Set<Long> agencyIds = agencyIds(identity.agencyCodes());
    PortalAccount account =
        accounts
            .findBySubject(identity.subject())
            .orElseGet(() -> linkFirstTime(identity, agencyIds));
    if (!account.isEnabled()) {
      throw new org.springframework.security.authentication.DisabledException(
          "The portal account " + account.getEmail() + " is disabled");
    }
    String displayName = identity.displayName();
    if (displayName != null
        && !displayName.isBlank()
        && !displayName.equals(account.getDisplayName())) {
      account.setDisplayName(displayName);
    }
    // Keycloak owns roles and agencies; the copy lets alert audiences and liaison lists find
    // people. Written only when it changed, so that repeated sign-ins do not compete for the row.
    Set<Role> roles = identity.roles();
    Set<Long> liaisonAgencies = roles.contains(Role.LIAISON) ? agencyIds : Set.of();
    if (!account.getRoles().equals(roles)) {
      account.getRoles().clear();
      account.getRoles().addAll(roles);
    }
    if (!account.getLiaisonAgencyIds().equals(liaisonAgencies)) {
      account.getLiaisonAgencyIds().clear();
      account.getLiaisonAgencyIds().addAll(liaisonAgencies);
    }
    PortalUser user = toPortalUser(account, roles, agencyIds, identity);
    accounts.flush();
    accounts.recordSignIn(account.getId(), clock.instant());
    return user;
  }

  /**
   * A subject the portal has not seen: a new account, or an existing, never-linked account found by
   * email when Keycloak verified that email and the account's agency is among the person's
   * organizations. An account linked to another subject is never taken over.
   */
  private PortalAccount linkFirstTime(FederatedIdentity identity, Set<Long> agencyIds) {
    Optional<PortalAccount> byEmail =
        Optional.ofNullable(identity.email()).flatMap(accounts::findByEmailIgnoreCase);
    if (byEmail.isEmpty()) {
      var account =
          new PortalAccount(
              identity.email() != null ? identity.email() : identity.subject() + "@unknown.invalid",
              identity.displayName() != null ? identity.displayName() : identity.subject());
      account.setSubject(identity.subject());
      return accounts.saveAndFlush(account);
    }
    PortalAccount existing = byEmail.get();
    if (existing.getSubject() != null) {
      throw refuse(identity, SignInRefused.Reason.LINKED_TO_ANOTHER_USER, existing);
    }
    if (!identity.emailVerified()) {
      throw refuse(identity, SignInRefused.Reason.EMAIL_NOT_VERIFIED, existing);
    }
    Set<Long> accountAgencies = new LinkedHashSet<>(existing.getLiaisonAgencyIds());
    counselorDirectory
        .findByEmail(existing.getEmail())
        .ifPresent(c -> accountAgencies.add(c.agencyId()));
    // An account of no agency (statewide staff) carries nothing the token does not decide itself:
    // roles and scope come from Keycloak. Any other account needs one of its agencies.
    if (!accountAgencies.isEmpty() && Collections.disjoint(accountAgencies, agencyIds)) {
      throw refuse(identity, SignInRefused.Reason.AGENCY_NOT_AMONG_ORGANIZATIONS, existing);
    }
    existing.setSubject(identity.subject());
    return existing;
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

  private static AccountLinkRefusedException refuse(
      FederatedIdentity identity, SignInRefused.Reason reason, PortalAccount target) {
    return refuse(identity, reason, "Account", target.getId(), target.getEmail());
  }

  private static AccountLinkRefusedException refuse(
      FederatedIdentity identity,
      SignInRefused.Reason reason,
      String targetType,
      Long targetId,
      String targetLabel) {
    return new AccountLinkRefusedException(
        new SignInRefused(
            identity.subject(),
            identity.email(),
            identity.displayName(),
            identity.emailVerified(),
            identity.agencyCodes(),
            reason,
            targetType,
            targetId,
            targetLabel));
  }

  /**
   * @param identity the Keycloak identity, or {@code null} for a local (demo) account, whose link
   *     to a counselor record is trusted
   */
  private PortalUser toPortalUser(
      PortalAccount account,
      Collection<Role> roles,
      Collection<Long> agencyIds,
      FederatedIdentity identity) {
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
      if (identity != null) {
        checkCounselorLink(identity, account, link.get(), agencyIds);
      }
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

  /**
   * A counselor record is linked to a Keycloak person only through a verified email that is the
   * record's, and only when the record's agency is among the person's organizations.
   */
  private static void checkCounselorLink(
      FederatedIdentity identity,
      PortalAccount account,
      CounselorDirectory.CounselorLink counselor,
      Collection<Long> agencyIds) {
    SignInRefused.Reason reason = null;
    if (!identity.emailVerified() || !account.getEmail().equalsIgnoreCase(identity.email())) {
      reason = SignInRefused.Reason.EMAIL_NOT_VERIFIED;
    } else if (!agencyIds.contains(counselor.agencyId())) {
      reason = SignInRefused.Reason.AGENCY_NOT_AMONG_ORGANIZATIONS;
    }
    if (reason != null) {
      throw refuse(identity, reason, "Counselor", counselor.counselorId(), counselor.displayName());
    }
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
