package org.leaps.portal.base.relay;

import java.time.Duration;

/**
 * A node-local event (not relayed): this node could not read the cluster event stream for longer
 * than the retention, so events it never saw may have been purged. Anything that keeps state built
 * from cluster events rebuilds it from the database.
 *
 * @param unreadFor how long the node did not read the stream
 */
public record ClusterEventsMissed(Duration unreadFor) {}
