package org.leaps.portal.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.leaps.portal.security.AccessScope;
import org.leaps.portal.security.AgencyDirectory;
import org.leaps.portal.security.CurrentUser;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agencies as each person may see them: statewide staff see all, others their own. */
@Service
@Transactional(readOnly = true)
public class AgencyService implements AgencyDirectory {

  private static final Sort BY_NAME = Sort.by("name");

  private final AgencyRepository agencies;
  private final CurrentUser currentUser;

  AgencyService(AgencyRepository agencies, CurrentUser currentUser) {
    this.agencies = agencies;
    this.currentUser = currentUser;
  }

  /** The agencies in the current person's scope, by name. */
  @PreAuthorize("isAuthenticated()")
  public List<Agency> agenciesInScope() {
    AccessScope scope = currentUser.scope();
    return agencies.findInScope(scope.statewide(), scope.agencyIdsForQuery(), BY_NAME);
  }

  @PreAuthorize("isAuthenticated()")
  public long countActiveAgenciesInScope() {
    AccessScope scope = currentUser.scope();
    return agencies.countActiveInScope(scope.statewide(), scope.agencyIdsForQuery());
  }

  /** An agency the current person may see; another agency's id reads as "not found". */
  @PreAuthorize("isAuthenticated()")
  public Optional<Agency> findInScope(Long id) {
    return agencies.findById(id).filter(a -> currentUser.scope().includes(a.getId()));
  }

  @PreAuthorize("hasRole('DIRECTOR')")
  @Transactional
  public Agency save(Agency agency) {
    return agencies.save(agency);
  }

  @PreAuthorize("hasRole('DIRECTOR')")
  @Transactional
  public List<Agency> saveAll(List<Agency> batch) {
    return agencies.saveAll(batch);
  }

  @PreAuthorize("isAuthenticated()")
  public Optional<Agency> findByCodeInScope(String code) {
    return agencies.findByCode(code).filter(a -> currentUser.scope().includes(a.getId()));
  }

  // AgencyDirectory: used at sign-in, before any scope exists.

  @Override
  public Optional<Long> agencyIdByCode(String code) {
    return agencies.findByCode(code).map(Agency::getId);
  }

  @Override
  public List<String> agencyNames(Collection<Long> agencyIds) {
    if (agencyIds.isEmpty()) {
      return List.of();
    }
    return agencies.findByIdIn(agencyIds, BY_NAME).stream().map(Agency::getName).toList();
  }
}
