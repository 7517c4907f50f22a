package org.leaps.portal.peer;

import org.leaps.portal.counselor.Specialty;

/**
 * What an officer narrows the list by. Every part is optional except "not from my agency", which
 * starts on: most officers want someone outside their own department.
 *
 * @param regionCode only counselors whose home county is in this region
 * @param nearCountyFips measure distance from this county's center (and sort nearest first)
 * @param withinMinutes only counselors within about this many minutes' drive of the county
 * @param specialty only counselors with this specialty
 * @param notMyAgency leave out counselors of the officer's own agencies
 * @param nearZip measure distance from this Mississippi ZIP code's centroid instead of a county
 */
public record PeerFilter(
    String regionCode,
    String nearCountyFips,
    Integer withinMinutes,
    Specialty specialty,
    boolean notMyAgency,
    String nearZip) {

  /** What the page starts with. */
  public static final PeerFilter DEFAULT = new PeerFilter(null, null, null, null, true, null);

  public PeerFilter withRegion(String code) {
    return new PeerFilter(code, nearCountyFips, withinMinutes, specialty, notMyAgency, nearZip);
  }

  public PeerFilter near(String countyFips, Integer minutes) {
    return new PeerFilter(regionCode, countyFips, minutes, specialty, notMyAgency, null);
  }

  public PeerFilter nearZip(String zip, Integer minutes) {
    return new PeerFilter(regionCode, null, minutes, specialty, notMyAgency, zip);
  }

  public PeerFilter withSpecialty(Specialty value) {
    return new PeerFilter(regionCode, nearCountyFips, withinMinutes, value, notMyAgency, nearZip);
  }

  public PeerFilter notMyAgency(boolean value) {
    return new PeerFilter(regionCode, nearCountyFips, withinMinutes, specialty, value, nearZip);
  }
}
