package org.leaps.portal.agency;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.audit.FieldChange;
import org.leaps.portal.security.AccountService;
import org.leaps.portal.security.AccountService.Liaison;
import org.leaps.portal.security.AuthSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who looks after an agency's roster. The director assigns and removes liaisons, and each change
 * lands in the audit trail in the same transaction. Under Keycloak sign-in, liaisons come from
 * Keycloak's organizations and roles at every sign-in, so the portal only shows them there.
 */
@Service
@Transactional(readOnly = true)
public class AgencyLiaisonService {

  private final AgencyRepository agencies;
  private final AccountService accounts;
  private final AuditService audit;
  private final AuthSettings auth;

  AgencyLiaisonService(
      AgencyRepository agencies, AccountService accounts, AuditService audit, AuthSettings auth) {
    this.agencies = agencies;
    this.accounts = accounts;
    this.audit = audit;
    this.auth = auth;
  }

  /** Whether liaisons are kept in the portal (demo sign-in) rather than in Keycloak. */
  public boolean managedInPortal() {
    return auth.isDemo();
  }

  /** The agency's liaisons with their addresses. */
  @PreAuthorize("hasAnyRole('DIRECTOR','STAFF')")
  public List<Liaison> liaisonsOf(long agencyId) {
    return accounts.liaisonsOf(agencyId);
  }

  /**
   * Makes someone a liaison of the agency, keeping their other agencies and roles.
   *
   * @throws IllegalArgumentException naming the field when the email or name is missing or wrong
   */
  @PreAuthorize("hasRole('DIRECTOR')")
  @Transactional
  public Liaison assign(long agencyId, String email, String displayName) {
    requirePortalManaged();
    Agency agency = agency(agencyId);
    String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 254) {
      throw new IllegalArgumentException("Email: enter the liaison's email address");
    }
    String name = displayName == null ? "" : displayName.trim();
    if (name.isEmpty()) {
      name = accounts.findLocalAccount(address).map(a -> a.getDisplayName()).orElse("");
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException("Name: enter the liaison's name");
    }
    if (name.length() > 120) {
      throw new IllegalArgumentException("Name: at most 120 characters");
    }
    var account = accounts.assignLiaison(agency.getId(), address, name);
    var liaison = new Liaison(account.getDisplayName(), account.getEmail());
    audit.record(
        AuditAction.ASSIGN_LIAISON,
        AgencyService.SUBJECT,
        agency.getId(),
        agency.getName(),
        agency.getId(),
        List.of(new FieldChange("Liaison", null, label(liaison))));
    return liaison;
  }

  /**
   * Takes the agency from a liaison. Their other agencies stay; with none left they lose the
   * liaison role at their next sign-in.
   *
   * @return whether they were a liaison of this agency
   */
  @PreAuthorize("hasRole('DIRECTOR')")
  @Transactional
  public boolean remove(long agencyId, String email) {
    requirePortalManaged();
    Agency agency = agency(agencyId);
    var liaison =
        accounts.liaisonsOf(agencyId).stream()
            .filter(l -> l.email().equalsIgnoreCase(email))
            .findFirst();
    if (liaison.isEmpty() || !accounts.removeLiaison(agencyId, email)) {
      return false;
    }
    audit.record(
        AuditAction.REMOVE_LIAISON,
        AgencyService.SUBJECT,
        agency.getId(),
        agency.getName(),
        agency.getId(),
        List.of(new FieldChange("Liaison", label(liaison.get()), null)));
    return true;
  }

  private Agency agency(long agencyId) {
    return agencies.findById(agencyId).orElseThrow(() -> new NoSuchElementException("Agency"));
  }

  private void requirePortalManaged() {
    if (!managedInPortal()) {
      throw new IllegalStateException(
          "Liaisons are managed in Keycloak: organization membership and the liaison role");
    }
  }

  private static String label(Liaison liaison) {
    return liaison.displayName() + " <" + liaison.email() + ">";
  }
}
