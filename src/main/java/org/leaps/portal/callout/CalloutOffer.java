package org.leaps.portal.callout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.leaps.portal.base.domain.AbstractEntity;

/**
 * One counselor asked to go on one callout, their answer and their own timeline. Ids, codes and
 * instants only.
 */
@Entity
@Table(name = "callout_offer")
class CalloutOffer extends AbstractEntity {

  @Column(name = "callout_id", nullable = false)
  private Long calloutId;

  @Column(name = "counselor_id", nullable = false)
  private Long counselorId;

  @Column(name = "agency_id", nullable = false)
  private Long agencyId;

  @Column(name = "tier", nullable = false)
  private int tier;

  @Column(name = "distance_km", nullable = false)
  private double distanceKm;

  @Column(name = "approximate", nullable = false)
  private boolean approximate;

  @Enumerated(EnumType.STRING)
  @Column(name = "response", nullable = false, length = 16)
  private OfferResponse response = OfferResponse.PENDING;

  @Column(name = "offered_at", nullable = false)
  private Instant offeredAt;

  @Column(name = "responded_at")
  private Instant respondedAt;

  @Column(name = "en_route_at")
  private Instant enRouteAt;

  @Column(name = "on_scene_at")
  private Instant onSceneAt;

  @Column(name = "cleared_at")
  private Instant clearedAt;

  protected CalloutOffer() {}

  CalloutOffer(
      Long calloutId,
      Long counselorId,
      Long agencyId,
      int tier,
      double distanceKm,
      boolean approximate,
      Instant offeredAt) {
    this.calloutId = calloutId;
    this.counselorId = counselorId;
    this.agencyId = agencyId;
    this.tier = tier;
    this.distanceKm = distanceKm;
    this.approximate = approximate;
    this.offeredAt = offeredAt;
  }

  Long getCalloutId() {
    return calloutId;
  }

  Long getCounselorId() {
    return counselorId;
  }

  Long getAgencyId() {
    return agencyId;
  }

  int getTier() {
    return tier;
  }

  double getDistanceKm() {
    return distanceKm;
  }

  boolean isApproximate() {
    return approximate;
  }

  OfferResponse getResponse() {
    return response;
  }

  Instant getOfferedAt() {
    return offeredAt;
  }

  Instant getRespondedAt() {
    return respondedAt;
  }

  Instant getEnRouteAt() {
    return enRouteAt;
  }

  Instant getOnSceneAt() {
    return onSceneAt;
  }

  Instant getClearedAt() {
    return clearedAt;
  }
}
