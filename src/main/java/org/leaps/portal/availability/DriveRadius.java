package org.leaps.portal.availability;

/**
 * Driving time approximated by straight-line distance (see docs/decisions/021). Road distance is
 * taken as great-circle distance times {@link #ROAD_FACTOR}, driven at {@link #AVERAGE_SPEED_KMH}.
 */
public final class DriveRadius {

  /** Typical circuity of rural US road networks. */
  public static final double ROAD_FACTOR = 1.25;

  /** 55 mph, the common Mississippi highway limit. */
  public static final double AVERAGE_SPEED_KMH = 88.5;

  /** Great-circle radius of a 30-minute drive: 35.4 km. */
  public static final double COVERAGE_KM = greatCircleKm(30);

  /** Great-circle radius of a one-hour drive, for a liaison's count of other agencies' help. */
  public static final double NEARBY_KM = greatCircleKm(60);

  private DriveRadius() {}

  public static double greatCircleKm(int minutes) {
    return AVERAGE_SPEED_KMH * minutes / 60.0 / ROAD_FACTOR;
  }
}
