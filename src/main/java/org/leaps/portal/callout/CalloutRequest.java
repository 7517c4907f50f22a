package org.leaps.portal.callout;

import java.time.Instant;

/**
 * What a liaison, staff or the director fill in to open a callout.
 *
 * @param incidentZip the incident's ZIP code; or leave it blank and give {@code countyFips} (a
 *     click on the county map)
 * @param allowOwnAgency offer the callout to the requesting agency's own counselors too (they are
 *     left out by default: they may be in the chain of command or witnesses)
 */
public record CalloutRequest(
    Long requestingAgencyId,
    String incidentZip,
    String countyFips,
    String meetingPoint,
    CalloutCategory category,
    Integer needed,
    Instant incidentAt,
    boolean allowOwnAgency) {}
