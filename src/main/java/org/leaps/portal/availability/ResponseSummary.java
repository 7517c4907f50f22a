package org.leaps.portal.availability;

/**
 * Headline of "who can respond now" for a county.
 *
 * @param inScope responders the caller may see by name
 * @param otherAgenciesNearby for a liaison: responders of other agencies within {@code nearbyKm},
 *     as a count only; {@code null} for statewide callers, who see everyone
 */
public record ResponseSummary(
    String countyFips,
    String countyName,
    int inScope,
    Integer otherAgenciesNearby,
    double nearbyKm) {}
