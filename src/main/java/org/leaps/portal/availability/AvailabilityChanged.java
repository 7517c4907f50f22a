package org.leaps.portal.availability;

/**
 * Someone's availability changed, or time moved the set of responders.
 *
 * @param counselorId the counselor whose settings changed, or {@code null} for a general refresh
 */
public record AvailabilityChanged(Long counselorId) {}
