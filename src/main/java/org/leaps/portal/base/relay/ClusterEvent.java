package org.leaps.portal.base.relay;

/**
 * An application event that every portal node must see, not only the one where it happened.
 *
 * <p>Publish it with Spring's {@code ApplicationEventPublisher} inside the transaction that made
 * the change. The relay in this package writes it to one table in that same transaction, so it is
 * relayed only if the change commits, and replays it on every other node as the same event type.
 *
 * <p>Node-local reactions (caches, live screens) listen with
 * {@code @TransactionalEventListener(fallbackExecution = true)}: that runs once on every node,
 * after commit on the node that made the change and on arrival on the others. Side effects that
 * must happen once in the whole cluster (mail, database writes) never hang off a cluster event
 * listener.
 *
 * <p>Implementations are records of ids, codes and instants only, serialisable as JSON.
 */
public interface ClusterEvent {}
