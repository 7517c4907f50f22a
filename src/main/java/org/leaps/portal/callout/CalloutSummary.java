package org.leaps.portal.callout;

import java.time.Duration;
import java.time.Instant;

/** A callout as screens show it: logistics and its timeline, no people. */
public record CalloutSummary(
    long id,
    long requestingAgencyId,
    String agencyName,
    String countyFips,
    String countyName,
    String regionCode,
    String incidentZip,
    String meetingPoint,
    CalloutCategory category,
    int needed,
    int accepted,
    CalloutState state,
    int tier,
    Instant incidentAt,
    Instant requestedAt,
    Instant dispatchedAt,
    Instant firstAcceptedAt,
    Instant filledAt,
    Instant firstEnRouteAt,
    Instant firstOnSceneAt,
    Instant closedAt,
    Instant escalatedAt,
    boolean purged) {

  /** The six-minute goal from request to a peer on scene. */
  public static final Duration GOAL = Duration.ofMinutes(6);

  /** Time from the request to the first counselor on scene, or to {@code now} while nobody is. */
  public Duration elapsed(Instant now) {
    Instant end = firstOnSceneAt != null ? firstOnSceneAt : closedAt != null ? closedAt : now;
    return Duration.between(requestedAt, end.isBefore(requestedAt) ? requestedAt : end);
  }

  public String where() {
    return incidentZip == null ? countyName + " County" : "ZIP " + incidentZip + ", " + countyName;
  }
}
