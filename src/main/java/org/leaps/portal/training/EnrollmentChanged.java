package org.leaps.portal.training;

import org.leaps.portal.base.relay.ClusterEvent;

/** Someone enrolled, withdrew, moved up from the waitlist, checked in or completed. */
public record EnrollmentChanged(long eventId, long enrollmentId) implements ClusterEvent {}
