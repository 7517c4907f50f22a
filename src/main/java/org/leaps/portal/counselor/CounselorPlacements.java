package org.leaps.portal.counselor;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counselor module's API for background work in other modules (the availability index, which
 * runs on scheduler and relay threads without a signed-in person): placements of active counselors,
 * ids and training facts only. Names go through {@link CounselorService} with the caller's agency
 * scope.
 */
@Component
@Transactional(readOnly = true)
public class CounselorPlacements {

  private final CounselorRepository counselors;

  CounselorPlacements(CounselorRepository counselors) {
    this.counselors = counselors;
  }

  /** Every active counselor's placement. */
  public List<CounselorPlacement> active() {
    return counselors.activePlacements();
  }

  /**
   * Directory facts of the active counselors among {@code ids} (the find-a-peer page, which anyone
   * in the portal may use; first names only).
   */
  public List<CounselorDirectoryFacts> directoryFacts(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    java.util.Map<Long, java.util.Set<Specialty>> specialties = new java.util.HashMap<>();
    for (Object[] row : counselors.specialtiesOf(ids)) {
      specialties
          .computeIfAbsent((Long) row[0], id -> java.util.EnumSet.noneOf(Specialty.class))
          .add((Specialty) row[1]);
    }
    return counselors.directoryRows(ids).stream()
        .map(row ->
            new CounselorDirectoryFacts(
                (Long) row[0],
                (String) row[1],
                (Long) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                (String) row[6],
                (String) row[7],
                (String) row[8],
                java.util.Set.copyOf(specialties.getOrDefault((Long) row[0], java.util.Set.of()))))
        .toList();
  }

  /** The placement of this counselor if active; empty for an inactive or unknown id. */
  public Optional<CounselorPlacement> activeOne(Long counselorId) {
    return counselors.activePlacement(counselorId);
  }
}
