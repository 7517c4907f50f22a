package org.leaps.portal.availability;

import org.leaps.portal.base.relay.ClusterEvent;

/**
 * A counselor's availability settings changed: status (including deployment), weekly windows, date
 * exceptions, quiet hours or "pick me". Published in the saving transaction; every node's {@link
 * AvailabilityIndex} reloads that counselor from the database when it arrives (decision 050).
 */
public record AvailabilitySettingsChanged(Long counselorId) implements ClusterEvent {}
