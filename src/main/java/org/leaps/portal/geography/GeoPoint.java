package org.leaps.portal.geography;

/** A point on the map in decimal degrees (WGS 84). */
public record GeoPoint(double latitude, double longitude) {

  /** Great-circle distance to the other point, in kilometres. */
  public double distanceKmTo(GeoPoint other) {
    return GreatCircle.distanceKm(latitude, longitude, other.latitude, other.longitude);
  }
}
