package org.leaps.portal.callout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.leaps.portal.base.domain.AbstractEntity;

/**
 * A request for peer support at an incident. Logistics only: where to meet (at most 120
 * characters), what kind of incident from a fixed list, how many counselors, and when. There is no
 * narrative and no name of anyone involved, and no column that could hold one. The meeting point
 * and the incident point are purged a retention period after closing.
 */
@Entity
@Table(name = "callout")
class Callout extends AbstractEntity {

  static final int MEETING_POINT_MAX = 120;

  @Column(name = "requesting_agency_id", nullable = false)
  private Long requestingAgencyId;

  @Column(name = "county_fips", nullable = false, length = 5)
  private String countyFips;

  @Column(name = "incident_zip", length = 5)
  private String incidentZip;

  @Column(name = "incident_latitude")
  private Double incidentLatitude;

  @Column(name = "incident_longitude")
  private Double incidentLongitude;

  @Column(name = "meeting_point", length = MEETING_POINT_MAX)
  private String meetingPoint;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 32)
  private CalloutCategory category;

  @Column(name = "needed", nullable = false)
  private int needed;

  @Column(name = "accepted_count", nullable = false)
  private int acceptedCount;

  @Column(name = "allow_own_agency", nullable = false)
  private boolean allowOwnAgency;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private CalloutState state = CalloutState.REQUESTED;

  @Column(name = "tier", nullable = false)
  private int tier;

  @Column(name = "incident_at", nullable = false)
  private Instant incidentAt;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "dispatched_at")
  private Instant dispatchedAt;

  @Column(name = "last_tier_at")
  private Instant lastTierAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "first_accepted_at")
  private Instant firstAcceptedAt;

  @Column(name = "filled_at")
  private Instant filledAt;

  @Column(name = "first_en_route_at")
  private Instant firstEnRouteAt;

  @Column(name = "first_on_scene_at")
  private Instant firstOnSceneAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "purged_at")
  private Instant purgedAt;

  protected Callout() {}

  Callout(
      Long requestingAgencyId,
      String countyFips,
      String incidentZip,
      double latitude,
      double longitude,
      String meetingPoint,
      CalloutCategory category,
      int needed,
      boolean allowOwnAgency,
      Instant incidentAt,
      Instant requestedAt) {
    this.requestingAgencyId = requestingAgencyId;
    this.countyFips = countyFips;
    this.incidentZip = incidentZip;
    this.incidentLatitude = latitude;
    this.incidentLongitude = longitude;
    this.meetingPoint = meetingPoint;
    this.category = category;
    this.needed = needed;
    this.allowOwnAgency = allowOwnAgency;
    this.incidentAt = incidentAt;
    this.requestedAt = requestedAt;
  }

  void dispatchedTier(Instant now) {
    tier++;
    if (dispatchedAt == null) {
      dispatchedAt = now;
    }
    if (tier > 1) {
      escalatedAt = now;
    }
    lastTierAt = now;
    if (state == CalloutState.REQUESTED) {
      state = CalloutState.DISPATCHED;
    }
  }

  void close(Instant now) {
    state = CalloutState.CLOSED;
    closedAt = now;
  }

  Long getRequestingAgencyId() {
    return requestingAgencyId;
  }

  String getCountyFips() {
    return countyFips;
  }

  String getIncidentZip() {
    return incidentZip;
  }

  Double getIncidentLatitude() {
    return incidentLatitude;
  }

  Double getIncidentLongitude() {
    return incidentLongitude;
  }

  String getMeetingPoint() {
    return meetingPoint;
  }

  CalloutCategory getCategory() {
    return category;
  }

  int getNeeded() {
    return needed;
  }

  int getAcceptedCount() {
    return acceptedCount;
  }

  boolean isAllowOwnAgency() {
    return allowOwnAgency;
  }

  CalloutState getState() {
    return state;
  }

  int getTier() {
    return tier;
  }

  Instant getIncidentAt() {
    return incidentAt;
  }

  Instant getRequestedAt() {
    return requestedAt;
  }

  Instant getDispatchedAt() {
    return dispatchedAt;
  }

  Instant getLastTierAt() {
    return lastTierAt;
  }

  Instant getEscalatedAt() {
    return escalatedAt;
  }

  Instant getFirstAcceptedAt() {
    return firstAcceptedAt;
  }

  Instant getFilledAt() {
    return filledAt;
  }

  Instant getFirstEnRouteAt() {
    return firstEnRouteAt;
  }

  Instant getFirstOnSceneAt() {
    return firstOnSceneAt;
  }

  Instant getClosedAt() {
    return closedAt;
  }

  Instant getPurgedAt() {
    return purgedAt;
  }
}
