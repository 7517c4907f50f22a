package org.leaps.portal.availability;

import java.util.Set;
import org.leaps.portal.counselor.Specialty;

/**
 * A counselor open to peer contact now, as the "Find a peer" directory shows them: first name only,
 * and a phone only with the links the counselor allows.
 *
 * @param homeZip the counselor's home or duty ZIP, for distances only and never shown, or {@code
 *     null}
 * @param phone the number the counselor chose to show, or {@code null}
 * @param call whether a tap-to-call link may be shown (never without a phone)
 * @param text whether a tap-to-text link may be shown (never without a phone)
 */
public record PeerContact(
    Long counselorId,
    String firstName,
    Long agencyId,
    String agencyName,
    String countyFips,
    String regionCode,
    String homeZip,
    AvailabilityStatus status,
    Set<Specialty> specialties,
    String phone,
    boolean call,
    boolean text) {

  public PeerContact {
    specialties = Set.copyOf(specialties);
    if (phone == null) {
      call = false;
      text = false;
    }
  }
}
