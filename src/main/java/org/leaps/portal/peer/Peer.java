package org.leaps.portal.peer;

import java.util.List;
import org.leaps.portal.availability.AvailabilityStatus;

/**
 * One counselor in the Find a peer list: first name, agency, specialties, and the links the
 * counselor allows.
 *
 * @param distanceKm straight-line distance between home county and the chosen county, or {@code
 *     null} when no county is chosen
 * @param phone the shared number as written on the roster, or {@code null}
 * @param callHref a {@code tel:} link, or {@code null} when the counselor allows no calls
 * @param textHref an {@code sms:} link, or {@code null} when the counselor allows no texts
 */
public record Peer(
    Long counselorId,
    String firstName,
    String agencyName,
    AvailabilityStatus status,
    List<String> specialties,
    Double distanceKm,
    String phone,
    String callHref,
    String textHref) {

  public Peer {
    specialties = List.copyOf(specialties);
  }
}
