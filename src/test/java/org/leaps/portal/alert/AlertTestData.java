package org.leaps.portal.alert;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.leaps.portal.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads alert rows for assertions, and builds drafts with unique titles. */
@Component
@Transactional(readOnly = true)
public class AlertTestData {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final AlertRepository alerts;
  private final AlertDeliveryRepository deliveries;
  private final org.leaps.portal.agency.AgencyService agencies;
  private final Clock clock;
  private final AlertService alertService;
  private final org.springframework.jdbc.core.JdbcTemplate jdbc;
  private final AlertLiveHub hub;

  AlertTestData(
      AlertLiveHub hub,
      AlertRepository alerts,
      AlertDeliveryRepository deliveries,
      org.leaps.portal.agency.AgencyService agencies,
      AlertService alertService,
      org.springframework.jdbc.core.JdbcTemplate jdbc,
      Clock clock) {
    this.hub = hub;
    this.alertService = alertService;
    this.jdbc = jdbc;
    this.alerts = alerts;
    this.deliveries = deliveries;
    this.agencies = agencies;
    this.clock = clock;
  }

  /** Closes every active alert, for a test that needs a state with none. */
  @Transactional
  public void closeActiveAlerts() {
    var now = clock.instant();
    alerts.findActive(now).forEach(a -> a.close(now));
  }

  /**
   * Closes every active critical alert, so that no blocking dialog is left open for the shared demo
   * accounts in later tests. Tests that send critical alerts call it afterwards.
   */
  @Transactional
  public void closeCriticalAlerts() {
    var now = clock.instant();
    alerts.findActive(now).stream()
        .filter(a -> a.getSeverity() == Severity.CRITICAL)
        .forEach(a -> a.close(now));
  }

  /** Sends an alert to one agency as the director, outside any request; returns its id. */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
  public long sendAsDirector(String title, Severity severity, String agencyCode) {
    return org.leaps.portal.security.SystemAccess.call(() -> {
      var draft = draft(title, severity, Set.of(agencyId(agencyCode)), null, true);
      return alertService.send(draft).alertId();
    });
  }

  public String unique(String prefix) {
    return prefix + " " + System.nanoTime() % 1_000_000 + "-" + COUNTER.incrementAndGet();
  }

  public Alert alertTitled(String title) {
    return alerts.findAll().stream()
        .filter(a -> a.getTitle().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No alert titled " + title));
  }

  public Alert alert(long alertId) {
    return alerts.findById(alertId).orElseThrow();
  }

  /** Lets an alert expire now (expiry a minute ago), as time passing would. */
  @Transactional
  public void expire(long alertId) {
    jdbc.update(
        "update alert set expires_at = ? where id = ?",
        java.time.LocalDateTime.ofInstant(
            clock.instant().minus(Duration.ofMinutes(1)), java.time.ZoneOffset.UTC),
        alertId);
  }

  /** Marks every delivery of an alert acknowledged, as if all had tapped the button. */
  @Transactional
  public void acknowledgeAll(long alertId) {
    var now = java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    jdbc.update(
        "update alert_delivery set acknowledged_at = ?, read_at = ?, reached_at = ?"
            + " where alert_id = ?",
        now,
        now,
        now,
        alertId);
  }

  /**
   * Hands one person's acknowledgement to this node's open pages, as the live feed does with each
   * acknowledgement that arrives on its own, and returns how many pages took it.
   */
  public int pushAcknowledgement(long alertId, String email) {
    return hub.publish(new AlertSignal.Acknowledged(alertId, email));
  }

  /** How many activities of this kind the cluster event stream holds for an alert. */
  public int eventCount(long alertId, AlertActivity.Kind kind) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from cluster_event where type = ? and payload like ?",
            Integer.class,
            AlertActivity.class.getName(),
            "%\"alertId\":" + alertId + ",\"kind\":\"" + kind.name() + "\"%");
    return count == null ? 0 : count;
  }

  public List<String> deliveryEmails(long alertId) {
    return deliveries.findByAlert(alertId).stream().map(AlertDelivery::getEmail).toList();
  }

  /** Names of this alert's recipients in the agency who have not acknowledged, as stored. */
  public List<String> pendingNames(long alertId, String agencyCode) {
    long agencyId = org.leaps.portal.security.SystemAccess.call(() -> agencyId(agencyCode));
    return deliveries.findByAlert(alertId).stream()
        .filter(
            d -> d.getAcknowledgedAt() == null && Long.valueOf(agencyId).equals(d.getAgencyId()))
        .map(AlertDelivery::getDisplayName)
        .toList();
  }

  public AlertDelivery delivery(long alertId, String email) {
    return deliveries.findByAlert(alertId).stream()
        .filter(d -> d.getEmail().equals(email))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No delivery to " + email));
  }

  /** The id of an agency by code; call signed in as director or staff. */
  public long agencyId(String code) {
    return agencies.findByCodeInScope(code).orElseThrow().getId();
  }

  public AlertDraft draft(
      String title, Severity severity, Set<Long> agencyIds, Role role, boolean ackRequired) {
    return new AlertDraft(
        title,
        "Message of " + title,
        severity,
        false,
        Set.of(),
        agencyIds,
        role,
        ackRequired,
        clock.instant().plus(Duration.ofHours(6)));
  }
}
