package org.leaps.portal.training;

import org.leaps.portal.base.relay.ClusterEvent;

/**
 * A counselor's derived training facts changed (course date, hours or recertification due): open
 * record forms, the counselor's own view and eligibility-based screens on every node may refresh.
 */
public record CounselorTrainingChanged(long counselorId, long agencyId) implements ClusterEvent {}
