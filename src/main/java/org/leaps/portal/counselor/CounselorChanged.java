package org.leaps.portal.counselor;

import org.leaps.portal.base.relay.ClusterEvent;

/**
 * A counselor's record was created or edited (name, agencies, home county, training dates...).
 * Published in the saving transaction; every node hears it (decision 050). Read the current record
 * through the counselor module's API; the event carries the id only.
 */
public record CounselorChanged(Long counselorId) implements ClusterEvent {}
