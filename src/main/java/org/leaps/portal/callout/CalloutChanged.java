package org.leaps.portal.callout;

import java.util.List;
import org.leaps.portal.base.relay.ClusterEvent;

/**
 * A callout changed (answer, stage, fill, stand-down, escalation, close): boards and the pages of
 * the listed counselors refresh.
 */
public record CalloutChanged(long calloutId, List<Long> counselorIds) implements ClusterEvent {}
