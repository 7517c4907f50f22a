package org.leaps.portal.base.relay;

/**
 * An application event that every portal node must see, not only the one where it happened.
 *
 * <p>Publish it with Spring's {@code ApplicationEventPublisher} inside the transaction that made
 * the change. The relay in this package ({@link ClusterEventRelay}) writes it to one table in that
 * same transaction, so it is relayed only if the change commits, and replays it on every other node
 * as the same event type, outside any transaction, within a second (decision 050).
 *
 * <p>Node-local reactions (caches, live screens) listen with
 * {@code @TransactionalEventListener(fallbackExecution = true)}: that runs once on every node,
 * after commit on the node that made the change and on arrival on the others. Delivery is at least
 * once, so such a listener must be idempotent: best, it reads the current state from the database
 * by the ids in the event instead of applying a delta.
 *
 * <p>Side effects that must happen once in the whole cluster (mail, database writes) never hang off
 * a listener that also runs on replays. Work that belongs in the writing transaction listens with
 * {@code @TransactionalEventListener(phase = BEFORE_COMMIT)}, and work after it on the writing node
 * only with {@code @TransactionalEventListener} or {@code @ApplicationModuleListener} (neither with
 * fallback execution): replays arrive outside any transaction, so those do not run again on the
 * other nodes. A plain {@code @EventListener} runs on every node for every replay.
 *
 * <p>Implementations are records of ids, codes and instants only, serialisable as JSON (Jackson),
 * at most 4,000 characters, with a stable class name: the type is stored by name.
 */
public interface ClusterEvent {}
