package org.leaps.portal.alert;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AlertRepository extends JpaRepository<Alert, Long> {

  @Query(
      "select a from Alert a where a.closedAt is null and a.expiresAt > :now"
          + " order by a.sentAt desc")
  List<Alert> findActive(@Param("now") Instant now);

  /** Active alerts needing acknowledgement that were sent before the cut-off and not reminded. */
  @Query(
      "select a.id from Alert a where a.closedAt is null and a.expiresAt > :now"
          + " and a.ackRequired = true and a.remindedAt is null and a.sentAt <= :cutoff")
  List<Long> findDueForReminder(@Param("now") Instant now, @Param("cutoff") Instant cutoff);

  /** Claims the reminder for one node: only the node whose update changes the row sends it. */
  @Modifying
  @Query("update Alert a set a.remindedAt = :now where a.id = :id and a.remindedAt is null")
  int claimReminder(@Param("id") Long id, @Param("now") Instant now);

  @Query(
      "select distinct a from Alert a, AlertDelivery d where d.alert = a and a.closedAt is null"
          + " and a.expiresAt > :now and (:statewide = true or d.agencyId in :agencyIds)"
          + " order by a.sentAt desc")
  List<Alert> findActiveInScope(
      @Param("now") Instant now,
      @Param("statewide") boolean statewide,
      @Param("agencyIds") java.util.Collection<Long> agencyIds);
}
