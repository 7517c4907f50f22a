package org.leaps.portal.counselor;

import org.leaps.portal.agency.AgencyRenamed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

  @EventListener
  @Transactional
  void onAgencyRenamed(AgencyRenamed renamed) {
    counselors.renameAgency(renamed.agencyId(), renamed.name());
  }
}
