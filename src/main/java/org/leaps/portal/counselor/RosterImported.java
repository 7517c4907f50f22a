package org.leaps.portal.counselor;

import java.util.Set;
import org.leaps.portal.base.relay.ClusterEvent;

/**
 * A roster file was imported: many counselors of these agencies may have changed at once, so
 * listeners rebuild what they keep of those agencies instead of hearing one event per row.
 */
public record RosterImported(Set<Long> agencyIds, int created, int updated)
    implements ClusterEvent {}
