package org.leaps.portal.callout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.leaps.portal.availability.AvailabilityStatus;
import org.leaps.portal.availability.PoolMember;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.geography.Position;
import org.leaps.portal.geography.ZipCentroids;

/**
 * The matching rules, in one place: privilege-eligible and available or on call now; not of the
 * requesting agency unless allowed; not over the workload limit; then nearest first (ZIP centroid,
 * or county centre marked approximate), fewer callouts in the last 30 days, "pick me", id.
 */
final class CalloutMatcher {

  /** A counselor with the facts the ranking uses; {@code reason} null when they can be asked. */
  record Scored(
      PoolMember member,
      double distanceKm,
      boolean approximate,
      int recentCallouts,
      Exclusion reason) {}

  static final Comparator<Scored> RANKING =
      Comparator.comparingDouble(Scored::distanceKm)
          .thenComparingInt(Scored::recentCallouts)
          .thenComparing(s -> !s.member().pickMe())
          .thenComparingLong(s -> s.member().counselorId());

  private CalloutMatcher() {}

  /** Every pool member scored: those who can be asked first in ranking order, then the others. */
  static List<Scored> score(
      Collection<PoolMember> pool,
      Position incident,
      long requestingAgencyId,
      boolean allowOwnAgency,
      Map<Long, Integer> recentCallouts,
      int workloadLimit,
      Map<String, County> counties) {
    List<Scored> ranked = new ArrayList<>();
    List<Scored> excluded = new ArrayList<>();
    for (PoolMember m : pool) {
      Position at = positionOf(m, counties);
      double km = at == null ? Double.MAX_VALUE : at.distanceKmTo(incident);
      boolean approximate = at == null || at.approximateTo(incident);
      int recent = recentCallouts.getOrDefault(m.counselorId(), 0);
      Exclusion reason = exclusion(m, requestingAgencyId, allowOwnAgency, recent, workloadLimit);
      var scored = new Scored(m, km, approximate, recent, reason);
      (reason == null ? ranked : excluded).add(scored);
    }
    ranked.sort(RANKING);
    excluded.sort(Comparator.comparingDouble(Scored::distanceKm));
    ranked.addAll(excluded);
    return ranked;
  }

  static Exclusion exclusion(
      PoolMember m, long requestingAgencyId, boolean allowOwn, int recent, int workloadLimit) {
    if (!m.privilegeEligible()) {
      return Exclusion.NOT_ELIGIBLE;
    }
    if (!m.status().canRespond()) {
      return Exclusion.UNAVAILABLE;
    }
    if (!allowOwn && m.agencyId() == requestingAgencyId) {
      return Exclusion.OWN_AGENCY;
    }
    if (workloadLimit > 0 && recent >= workloadLimit) {
      return Exclusion.WORKLOAD;
    }
    return null;
  }

  static Map<Exclusion, Integer> counts(List<Scored> scored) {
    Map<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);
    for (Scored s : scored) {
      if (s.reason() != null) {
        counts.merge(s.reason(), 1, Integer::sum);
      }
    }
    return counts;
  }

  static boolean onCall(PoolMember m) {
    return m.status() == AvailabilityStatus.ON_CALL;
  }

  private static Position positionOf(PoolMember m, Map<String, County> counties) {
    var zip = ZipCentroids.find(m.homeZip());
    if (zip.isPresent()) {
      return new Position(zip.get().point(), zip.get().countyFips(), zip.get().zip(), false);
    }
    County county = counties.get(m.countyFips());
    return county == null ? null : GeographyService.centreOf(county);
  }
}
