package org.leaps.portal.counselor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.leaps.portal.security.AccessScope;
import org.leaps.portal.security.CounselorDirectory;
import org.leaps.portal.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the counselor roster, always within the caller's agency scope. */
@Service
@Transactional(readOnly = true)
public class CounselorService implements CounselorDirectory {

  private final CounselorRepository counselors;
  private final CurrentUser currentUser;
  private final Clock clock;

  CounselorService(CounselorRepository counselors, CurrentUser currentUser, Clock clock) {
    this.counselors = counselors;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** Headline figures for the signed-in person's scope. */
  @PreAuthorize("isAuthenticated()")
  public RosterFigures rosterFigures() {
    AccessScope scope = currentUser.scope();
    var ids = scope.agencyIdsForQuery();
    boolean statewide = scope.statewide();
    List<RegionCount> byRegion =
        counselors.countActiveByRegionInScope(statewide, ids).stream()
            .map(row -> new RegionCount((String) row[0], (String) row[1], (Long) row[2]))
            .toList();
    return new RosterFigures(
        counselors.countByStatusInScope(CounselorStatus.ACTIVE, statewide, ids),
        counselors.countPrivilegeEligibleInScope(LocalDate.now(clock), statewide, ids),
        byRegion);
  }

  /** A counselor the current person may see; another agency's id reads as "not found". */
  @PreAuthorize("isAuthenticated()")
  public Optional<Counselor> findInScope(Long id) {
    AccessScope scope = currentUser.scope();
    return counselors.findByIdInScope(id, scope.statewide(), scope.agencyIdsForQuery());
  }

  /** Saves a counselor of an agency in the caller's scope; other agencies are refused. */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')")
  @Transactional
  public Counselor save(Counselor counselor) {
    if (!currentUser.scope().includes(counselor.getAgency().getId())) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Counselor's agency is outside your scope");
    }
    return counselors.save(counselor);
  }

  /** Saves many counselors at once (demo data, imports); each must be in the caller's scope. */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')")
  @Transactional
  public List<Counselor> saveAll(List<Counselor> batch) {
    AccessScope scope = currentUser.scope();
    for (Counselor counselor : batch) {
      if (!scope.includes(counselor.getAgency().getId())) {
        throw new org.springframework.security.access.AccessDeniedException(
            "Counselor's agency is outside your scope");
      }
    }
    return counselors.saveAll(batch);
  }

  @PreAuthorize("isAuthenticated()")
  public long countAll() {
    AccessScope scope = currentUser.scope();
    return counselors.countInScope(scope.statewide(), scope.agencyIdsForQuery());
  }

  // CounselorDirectory: used at sign-in, before any scope exists.

  @Override
  public Optional<CounselorLink> findByEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return counselors
        .findByEmailIgnoreCase(email.trim())
        .map(c -> new CounselorLink(c.getId(), c.getAgency().getId(), c.getFullName()));
  }

  public record RosterFigures(
      long activeCounselors, long privilegeEligible, List<RegionCount> activeByRegion) {}

  public record RegionCount(String regionCode, String regionName, long counselors) {}
}
