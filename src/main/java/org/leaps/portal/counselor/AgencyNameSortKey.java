package org.leaps.portal.counselor;

import org.leaps.portal.agency.AgencyRenamed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the roster's copy of an agency's name (its sort key, decision 011) in step with a rename,
 * in the rename's transaction. Not part of {@link CounselorService}'s public, secured surface: only
 * the agency module's event reaches it.
 */
@Component
class AgencyNameSortKey {

  private final CounselorRepository counselors;

  AgencyNameSortKey(CounselorRepository counselors) {
    this.counselors = counselors;
  }

  /**
   * In the rename's transaction only: the rename reaches other nodes as a cluster event too,
   * outside any transaction, where this must not run again (a late replay would write an old name
   * back).
   */
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void onAgencyRenamed(AgencyRenamed renamed) {
    counselors.renameAgency(renamed.agencyId(), renamed.name());
  }
}
