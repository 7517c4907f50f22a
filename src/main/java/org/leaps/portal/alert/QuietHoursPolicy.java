package org.leaps.portal.alert;

import java.time.Instant;

/**
 * Whether a person is in their quiet hours. Quiet hours are not stored yet; the availability
 * feature will provide a bean of this type. Until then nobody is ever in quiet hours.
 */
public interface QuietHoursPolicy {

  boolean inQuietHours(String email, Long counselorId, Instant at);
}
