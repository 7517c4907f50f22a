package org.leaps.portal.alert;

import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one rule for interrupting people (email, pop-up): critical alerts always go through, even in
 * quiet hours; information and urgent alerts wait in the inbox while someone is in quiet hours.
 */
@Component
public class InterruptionPolicy {

  private final ObjectProvider<QuietHoursPolicy> quietHours;

  InterruptionPolicy(ObjectProvider<QuietHoursPolicy> quietHours) {
    this.quietHours = quietHours;
  }

  public boolean mayInterrupt(Severity severity, String email, Long counselorId, Instant at) {
    if (severity == Severity.CRITICAL) {
      return true;
    }
    QuietHoursPolicy policy = quietHours.getIfAvailable();
    return policy == null || !policy.inQuietHours(email, counselorId, at);
  }
}
