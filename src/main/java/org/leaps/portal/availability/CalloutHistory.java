package org.leaps.portal.availability;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * How many callouts counselors took since an instant. A callouts module implements it as a bean;
 * until one exists every count is 0.
 */
public interface CalloutHistory {

  Map<Long, Integer> calloutsSince(Collection<Long> counselorIds, Instant since);
}
