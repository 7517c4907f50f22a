package org.leaps.portal.counselor;

import org.leaps.portal.base.relay.ClusterEvent;

/**
 * A counselor was taken off the active roster (inactive or retired) or put back on it. Published in
 * the changing transaction; every node hears it (decision 050).
 *
 * @param status the roster status now
 */
public record CounselorStatusChanged(Long counselorId, CounselorStatus status)
    implements ClusterEvent {

  /** Whether the counselor left the active roster with this change. */
  public boolean deactivated() {
    return status != CounselorStatus.ACTIVE;
  }
}
