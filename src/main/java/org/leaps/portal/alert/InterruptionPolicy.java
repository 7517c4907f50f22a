package org.leaps.portal.alert;

import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The one rule for interrupting people (email, pop-up): critical alerts always go through, even in
 * quiet hours; information and urgent alerts wait in the inbox while someone is in quiet hours.
 */
@Component
public class InterruptionPolicy {

  private final QuietHoursPolicy quietHours;

  // Required, not optional: without a policy, quiet hours would silently never apply.
  InterruptionPolicy(QuietHoursPolicy quietHours) {
    this.quietHours = quietHours;
  }

  public boolean mayInterrupt(Severity severity, String email, Long counselorId, Instant at) {
    if (severity == Severity.CRITICAL) {
      return true;
    }
    return !quietHours.inQuietHours(email, counselorId, at);
  }
}
