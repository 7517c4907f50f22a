package org.leaps.portal.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leaps.portal.availability.AvailabilityStatus;
import org.leaps.portal.availability.PoolMember;
import org.leaps.portal.geography.GeoPoint;
import org.leaps.portal.geography.Position;
import org.leaps.portal.geography.ZipCentroids;

/**
 * The matching rules on their own: the eligibility gate, availability, the requesting agency left
 * out unless allowed, workload, then distance from the ZIP centroid (county centre marked
 * approximate), fewer recent callouts, "pick me".
 */
class CalloutMatcherTest {

  private static final long REQUESTER = 1;
  private static final long OTHER = 2;
  private static final Position GULFPORT =
      new Position(ZipCentroids.find("39501").orElseThrow().point(), "28047", "39501", false);

  private static PoolMember member(
      long id,
      long agency,
      String zip,
      AvailabilityStatus status,
      boolean eligible,
      boolean pickMe) {
    return new PoolMember(id, agency, "28047", zip, status, eligible, pickMe, false);
  }

  private static List<CalloutMatcher.Scored> score(
      List<PoolMember> pool, boolean allowOwn, Map<Long, Integer> recent) {
    return CalloutMatcher.score(pool, GULFPORT, REQUESTER, allowOwn, recent, 6, Map.of());
  }

  @Test
  void onlyEligibleAvailableCounselorsOfOtherAgenciesAreAskedAndTheOthersSayWhy() {
    var pool =
        List.of(
            member(1, OTHER, "39501", AvailabilityStatus.AVAILABLE, false, true),
            member(2, OTHER, "39501", AvailabilityStatus.UNAVAILABLE, true, true),
            member(3, OTHER, "39501", AvailabilityStatus.DEPLOYED, true, true),
            member(4, REQUESTER, "39501", AvailabilityStatus.AVAILABLE, true, true),
            member(5, OTHER, "39501", AvailabilityStatus.AVAILABLE, true, false),
            member(6, OTHER, "39507", AvailabilityStatus.ON_CALL, true, false),
            member(7, OTHER, "39501", AvailabilityStatus.AVAILABLE, true, false));
    var scored = score(pool, false, Map.of(7L, 6));
    assertThat(scored.stream().filter(s -> s.reason() == null))
        .extracting(s -> s.member().counselorId())
        .containsExactly(5L, 6L);
    assertThat(scored.stream().filter(s -> s.reason() != null))
        .extracting(s -> s.member().counselorId() + ":" + s.reason())
        .containsExactlyInAnyOrder(
            "1:NOT_ELIGIBLE", "2:UNAVAILABLE", "3:UNAVAILABLE", "4:OWN_AGENCY", "7:WORKLOAD");
    assertThat(CalloutMatcher.counts(scored))
        .containsEntry(Exclusion.UNAVAILABLE, 2)
        .containsEntry(Exclusion.NOT_ELIGIBLE, 1);

    var allowed = score(pool, true, Map.of(7L, 6));
    assertThat(allowed.stream().filter(s -> s.reason() == null))
        .extracting(s -> s.member().counselorId())
        .containsExactly(4L, 5L, 6L);
  }

  @Test
  void nearerFirstThenFewerRecentCalloutsThenPickMe() {
    var pool =
        List.of(
            member(10, OTHER, "39501", AvailabilityStatus.AVAILABLE, true, false),
            member(11, OTHER, "39501", AvailabilityStatus.AVAILABLE, true, true),
            member(12, OTHER, "39501", AvailabilityStatus.AVAILABLE, true, true),
            member(13, OTHER, "39564", AvailabilityStatus.AVAILABLE, true, true));
    var ranked = score(pool, false, Map.of(12L, 2, 11L, 1, 10L, 1));
    assertThat(ranked)
        .extracting(s -> s.member().counselorId())
        .containsExactly(11L, 10L, 12L, 13L);
    assertThat(ranked.get(0).distanceKm()).isZero();
    assertThat(ranked.get(3).distanceKm()).isGreaterThan(5);
    assertThat(ranked).allSatisfy(s -> assertThat(s.approximate()).isFalse());
  }

  @Test
  void withoutAZipTheCountyCentreCountsAndIsMarkedApproximate() {
    var harrison = new java.util.HashMap<String, org.leaps.portal.geography.County>();
    var noZip =
        new PoolMember(20, OTHER, "28047", null, AvailabilityStatus.AVAILABLE, true, false, false);
    var scored =
        CalloutMatcher.score(List.of(noZip), GULFPORT, REQUESTER, false, Map.of(), 6, harrison);
    // With no county known either, the counselor sorts last and is approximate.
    assertThat(scored.getFirst().approximate()).isTrue();
    assertThat(new GeoPoint(30.5052, -89.1126).distanceKmTo(GULFPORT.point()))
        .isBetween(10.0, 16.0);
  }
}
