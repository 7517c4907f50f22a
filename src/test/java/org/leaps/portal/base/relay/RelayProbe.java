package org.leaps.portal.base.relay;

import java.time.Instant;
import java.util.List;

/** A cluster event only tests publish, with the value types real events use. */
public record RelayProbe(String marker, long number, Instant at, List<String> codes)
    implements ClusterEvent {

  public static RelayProbe of(String marker) {
    return new RelayProbe(marker, 42, Instant.parse("2026-11-30T12:00:00Z"), List.of("a", "b"));
  }
}
