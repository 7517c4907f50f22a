package org.leaps.portal.callout;

import java.time.Instant;

/**
 * One counselor asked on a callout. {@code name} and {@code agencyName} are empty for counselors
 * outside the viewer's scope.
 */
public record OfferView(
    long offerId,
    long calloutId,
    long counselorId,
    String name,
    String agencyName,
    int tier,
    double distanceKm,
    boolean approximate,
    OfferResponse response,
    Instant offeredAt,
    Instant respondedAt,
    Instant enRouteAt,
    Instant onSceneAt,
    Instant clearedAt) {

  /** Where this counselor is on their own timeline. */
  public String stage() {
    if (clearedAt != null) {
      return "Cleared";
    }
    if (onSceneAt != null) {
      return "On scene";
    }
    if (enRouteAt != null) {
      return "En route";
    }
    return response.label();
  }
}
