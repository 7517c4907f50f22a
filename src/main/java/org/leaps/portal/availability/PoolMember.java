package org.leaps.portal.availability;

/**
 * An active counselor as callout matching sees them: where they are, what applies now, and whether
 * they are privilege-eligible. No names: those come per page, with the caller's scope applied.
 *
 * @param homeZip home or duty ZIP code, or {@code null} (then the home county's centre counts)
 */
public record PoolMember(
    long counselorId,
    long agencyId,
    String countyFips,
    String homeZip,
    AvailabilityStatus status,
    boolean privilegeEligible,
    boolean pickMe,
    boolean quietHours) {}
