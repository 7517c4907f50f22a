package org.leaps.portal.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security module's API for reaching people by their portal accounts (alert audiences and
 * senders): enabled accounts only, ids, addresses and display names, for the director and staff.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF')")
public class AccountContacts {

  /** An enabled account: its id, lower-case email and display name. */
  public record Contact(Long accountId, String email, String displayName) {}

  /** An enabled liaison account and one agency it is liaison for. */
  public record LiaisonContact(Long accountId, String email, String displayName, Long agencyId) {}

  /** An enabled account linked to a counselor record. */
  public record CounselorAccount(Long counselorId, Long accountId) {}

  private final PortalAccountRepository accounts;

  AccountContacts(PortalAccountRepository accounts) {
    this.accounts = accounts;
  }

  /** Enabled accounts holding one of these roles. */
  public List<Contact> withRoles(Collection<Role> roles) {
    return accounts.enabledWithRoles(roles);
  }

  /** Enabled liaisons of these agencies, by account id then agency id. */
  public List<LiaisonContact> liaisonsOf(Collection<Long> agencyIds) {
    if (agencyIds.isEmpty()) {
      return List.of();
    }
    return accounts.enabledLiaisonsOf(agencyIds);
  }

  /** Enabled accounts linked to these counselor records. */
  public List<CounselorAccount> accountsOfCounselors(Collection<Long> counselorIds) {
    if (counselorIds.isEmpty()) {
      return List.of();
    }
    return accounts.enabledAccountsOfCounselors(counselorIds);
  }
}
