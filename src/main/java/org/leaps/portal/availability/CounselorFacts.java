package org.leaps.portal.availability;

import java.time.LocalDate;

/**
 * What the availability index needs to know about an active counselor from the roster: agency, home
 * county, and the training facts behind privilege eligibility.
 *
 * @param certified basic course, certifying body and designation are all on record
 * @param homeZip home or duty ZIP code, or {@code null}
 */
public record CounselorFacts(
    Long counselorId,
    Long agencyId,
    String countyFips,
    boolean certified,
    LocalDate recertificationDue,
    String homeZip) {

  /** Mirrors {@code Counselor.isPrivilegeEligible} for an active counselor. */
  public boolean privilegeEligible(LocalDate today) {
    return certified && recertificationDue != null && !recertificationDue.isBefore(today);
  }
}
