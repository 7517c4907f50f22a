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

  /** The placement of this counselor if active; empty for an inactive or unknown id. */
  public Optional<CounselorPlacement> activeOne(Long counselorId) {
    return counselors.activePlacement(counselorId);
  }
}
