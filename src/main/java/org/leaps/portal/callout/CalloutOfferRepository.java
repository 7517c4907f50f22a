package org.leaps.portal.callout;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalloutOfferRepository extends JpaRepository<CalloutOffer, Long> {

  List<CalloutOffer> findByCalloutIdOrderByTierAscDistanceKmAsc(Long calloutId);

  List<CalloutOffer> findByCalloutIdIn(Collection<Long> calloutIds);

  @Query(
      "select o from CalloutOffer o where o.counselorId = :counselorId"
          + " order by o.offeredAt desc, o.id desc")
  List<CalloutOffer> ofCounselor(@Param("counselorId") Long counselorId);

  /** Answers a pending offer; 0 when it was answered already (single use). */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update callout_offer set response = :response, responded_at = :now,"
              + " version = version + 1 where id = :id and response = 'PENDING'",
      nativeQuery = true)
  int answer(@Param("id") Long id, @Param("response") String response, @Param("now") Instant now);

  /** Stands down everyone still pending on the callout; returns their counselor ids. */
  @Query(
      "select o.counselorId from CalloutOffer o where o.calloutId = :calloutId"
          + " and o.response = org.leaps.portal.callout.OfferResponse.PENDING")
  List<Long> pendingCounselors(@Param("calloutId") Long calloutId);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update callout_offer set response = 'STOOD_DOWN', responded_at = :now,"
              + " version = version + 1 where callout_id = :calloutId and response = 'PENDING'",
      nativeQuery = true)
  int standDownPending(@Param("calloutId") Long calloutId, @Param("now") Instant now);

  /** Accepted callouts per counselor since an instant (the workload measure). */
  @Query(
      "select o.counselorId, count(o) from CalloutOffer o where o.counselorId in :ids"
          + " and o.response = org.leaps.portal.callout.OfferResponse.ACCEPTED"
          + " and o.respondedAt >= :since group by o.counselorId")
  List<Object[]> acceptedSince(
      @Param("ids") Collection<Long> counselorIds, @Param("since") Instant since);

  @Query(
      "select o.counselorId, count(o) from CalloutOffer o"
          + " where o.response = org.leaps.portal.callout.OfferResponse.ACCEPTED"
          + " and o.respondedAt >= :since group by o.counselorId")
  List<Object[]> acceptedSinceByEveryone(@Param("since") Instant since);

  /**
   * Records that the last place was taken before this answer counted: an {@code ACCEPTED} that
   * found no place left, or a "yes" that arrived after the stand-down ({@code STOOD_DOWN}). 0 when
   * the offer is not in state {@code from}.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update callout_offer set response = 'FILLED', version = version + 1"
              + " where id = :id and response = :from",
      nativeQuery = true)
  int fill(@Param("id") Long id, @Param("from") String from);

  /**
   * Stamps the counselor's stages that are given (non-null) and not stamped yet: en route, on
   * scene, cleared. An earlier stamp is kept.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update callout_offer set en_route_at = coalesce(en_route_at, :enRoute),"
              + " on_scene_at = coalesce(on_scene_at, :onScene),"
              + " cleared_at = coalesce(cleared_at, :cleared), version = version + 1 where id = :id",
      nativeQuery = true)
  int stamp(
      @Param("id") Long id,
      @Param("enRoute") Instant enRoute,
      @Param("onScene") Instant onScene,
      @Param("cleared") Instant cleared);

  /**
   * How many other callouts, still open, the counselor has accepted and not cleared: while any is
   * left they stay deployed.
   */
  @Query(
      "select count(o) from CalloutOffer o where o.counselorId = :counselorId"
          + " and o.calloutId <> :calloutId"
          + " and o.response = org.leaps.portal.callout.OfferResponse.ACCEPTED"
          + " and o.clearedAt is null and exists (select c.id from Callout c where c.id ="
          + " o.calloutId and c.state <> org.leaps.portal.callout.CalloutState.CLOSED)")
  long onOtherOpenCallouts(
      @Param("counselorId") Long counselorId, @Param("calloutId") Long calloutId);
}
