package org.leaps.portal.agency;

/** An agency's id, name and the region of its home county, for other modules' lists. */
public record AgencyPlace(Long agencyId, String name, String regionCode) {}
