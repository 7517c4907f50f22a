package org.leaps.portal.alert;

import java.time.Instant;
import java.util.Set;
import org.leaps.portal.security.Role;

/**
 * What the sender composes. The audience is the whole state, or the union of the chosen regions and
 * agencies; {@code role} (optional) narrows it to one kind of person.
 */
public record AlertDraft(
    String title,
    String message,
    Severity severity,
    boolean statewide,
    Set<String> regionCodes,
    Set<Long> agencyIds,
    Role role,
    boolean ackRequired,
    Instant expiresAt) {

  public AlertDraft {
    title = title == null ? "" : title;
    message = message == null ? "" : message;
    regionCodes = regionCodes == null ? Set.of() : Set.copyOf(regionCodes);
    agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
  }

  public boolean hasAudience() {
    return statewide || !regionCodes.isEmpty() || !agencyIds.isEmpty();
  }
}
