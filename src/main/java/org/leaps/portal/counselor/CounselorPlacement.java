package org.leaps.portal.counselor;

import java.time.LocalDate;

/**
 * What other modules may know of an active counselor to place them: primary agency, home county and
 * the training facts behind privilege eligibility. No names, no contact details.
 *
 * @param certified basic course, certifying body and designation are all on record
 * @param homeZip home or duty ZIP code, or {@code null} (callout distances)
 */
public record CounselorPlacement(
    Long counselorId,
    Long agencyId,
    String countyFips,
    boolean certified,
    LocalDate recertificationDue,
    String homeZip) {

  /** {@link PrivilegeEligibility#holds} for this counselor on {@code today}. */
  public boolean privilegeEligible(LocalDate today) {
    return PrivilegeEligibility.holds(certified, recertificationDue, today);
  }
}
