package org.leaps.portal.agency;

import org.leaps.portal.base.relay.ClusterEvent;

/**
 * Published inside the transaction that renamed an agency. Features keeping a copy of the name (the
 * roster sorts on it) update it in that transaction with {@code @TransactionalEventListener(phase =
 * BEFORE_COMMIT)}; live screens on every node refresh when it arrives (a cluster event, decision
 * 050).
 */
public record AgencyRenamed(Long agencyId, String name) implements ClusterEvent {}
