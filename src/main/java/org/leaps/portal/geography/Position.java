package org.leaps.portal.geography;

/**
 * Where someone or something is, for distances: a ZIP centroid, or the county centre when no known
 * ZIP is given. {@code approximate} is true for the county centre, and screens say so.
 */
public record Position(GeoPoint point, String countyFips, String zip, boolean approximate) {

  public double distanceKmTo(Position other) {
    return point.distanceKmTo(other.point);
  }

  /** Either end approximate makes the distance approximate. */
  public boolean approximateTo(Position other) {
    return approximate || other.approximate;
  }
}
