package org.leaps.portal.callout;

import java.util.List;
import org.leaps.portal.base.relay.ClusterEvent;

/** These counselors were just asked to go on a callout: their open pages show it at once. */
public record CalloutOffered(long calloutId, List<Long> counselorIds) implements ClusterEvent {}
