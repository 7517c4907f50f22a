package org.leaps.portal.geography;

/**
 * A Mississippi ZIP code's centroid (the Census ZIP code tabulation area) and the county that
 * centroid lies in.
 */
public record ZipCentroid(String zip, GeoPoint point, String countyFips) {}
