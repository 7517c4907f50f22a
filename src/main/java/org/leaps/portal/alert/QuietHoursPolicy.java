package org.leaps.portal.alert;

import java.time.Instant;

/**
 * Whether a person is in their quiet hours. The availability feature provides the bean (counselors
 * set quiet hours on their availability page); {@link InterruptionPolicy} asks it before any pop-up
 * or email that is not critical.
 */
public interface QuietHoursPolicy {

  boolean inQuietHours(String email, Long counselorId, Instant at);
}
