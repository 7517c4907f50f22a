package org.leaps.portal.availability;

import java.time.Instant;

/**
 * The status that applies now, why, and until when ({@code null}: no known end).
 *
 * @param until when this status stops applying on its own, or {@code null}
 */
public record EffectiveStatus(AvailabilityStatus status, StatusSource source, Instant until) {

  public boolean canRespond() {
    return status.canRespond();
  }
}
