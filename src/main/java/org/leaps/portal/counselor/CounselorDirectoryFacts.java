package org.leaps.portal.counselor;

import java.util.Set;

/**
 * What the "Find a peer" directory may know of an active counselor: first name only, primary
 * agency, where they are (home county, region, optional ZIP), specialties and the roster phones the
 * counselor may choose to show. The counselor's choice of what is shown belongs to availability.
 */
public record CounselorDirectoryFacts(
    Long counselorId,
    String firstName,
    Long agencyId,
    String agencyName,
    String countyFips,
    String regionCode,
    String homeZip,
    String mobilePhone,
    String workPhone,
    Set<Specialty> specialties) {}
