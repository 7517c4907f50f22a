package org.leaps.portal.callout;

import java.util.List;
import java.util.Map;

/**
 * Who would be asked, best first, and who is left out and why (nearest first, a page of each).
 *
 * @param excludedCounts how many are left out for each reason, in the whole state
 */
public record Match(
    List<Candidate> ranked,
    int rankedTotal,
    List<Excluded> excluded,
    Map<Exclusion, Integer> excludedCounts) {

  /** A counselor who can be asked. {@code name} is empty outside the viewer's scope. */
  public record Candidate(
      int rank,
      long counselorId,
      long agencyId,
      String name,
      String agencyName,
      double distanceKm,
      boolean approximate,
      boolean onCall,
      boolean pickMe,
      int calloutsLast30Days,
      boolean alreadyAsked) {}

  public record Excluded(
      long counselorId,
      String name,
      String agencyName,
      double distanceKm,
      boolean approximate,
      Exclusion reason) {}
}
