package org.leaps.portal.availability;

import java.time.Instant;

/**
 * A counselor in the caller's scope who can respond now, as the "who can respond now" list shows.
 *
 * @param statusUntil when the current status ends on its own, or {@code null}
 */
public record Responder(
    int rank,
    Long counselorId,
    String name,
    String agencyName,
    double distanceKm,
    AvailabilityStatus status,
    Instant statusUntil,
    boolean privilegeEligible,
    boolean pickMe,
    boolean quietHours,
    int calloutsLast30Days) {}
