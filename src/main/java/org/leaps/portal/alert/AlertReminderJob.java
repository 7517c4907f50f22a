package org.leaps.portal.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.leaps.portal.base.db.WriteConflictRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The lifecycle of active alerts, run by every node every {@code
 * leaps.alerts.reminder-check-millis} (default 15 s).
 *
 * <p><b>Reminder rounds.</b> While an alert needing acknowledgement is open (not closed, not
 * expired) and somebody has not acknowledged, a round goes out {@code leaps.alerts.reminder-delay}
 * after the sending and then after each round, at most {@code leaps.alerts.reminder-max} rounds. A
 * round emails those who have not acknowledged at that moment and announces it to open sessions.
 * With several nodes, each round is claimed by a conditional update of {@code alert.reminder_count}
 * (from the count the node read to the next): exactly one node sends it. A claim the database
 * rolled back for a write conflict (a deadlock, or a Galera certification failure when two nodes
 * claim at once) is run again through {@link WriteConflictRetry}; the conditional update then finds
 * the round already taken or takes it.
 *
 * <p><b>Expiry.</b> When an alert expires, one node (claiming {@code alert.expiry_noticed_at})
 * announces it through the cluster event relay with the same signal as closing, so open sessions
 * drop its dialog and bell count, and tracking views show it as expired.
 *
 * <p><b>Abandoned preparations.</b> An alert prepared for "Send this alert?" and neither sent nor
 * cancelled (the page was closed) is deleted, with its deliveries, once no "Send now" can use it
 * any more ({@link ConfirmedAudience#FRESH_FOR}, and a minute for clocks that differ by node).
 */
@Component
class AlertReminderJob {

  private static final Logger log = LoggerFactory.getLogger(AlertReminderJob.class);

  /** Expiries older than this are not announced any more (a node that was down a long time). */
  static final Duration EXPIRY_NOTICE_LOOKBACK = Duration.ofDays(1);

  /** How old an unsent prepared alert is when it is deleted. */
  static final Duration ABANDONED_AFTER = ConfirmedAudience.FRESH_FOR.plus(Duration.ofMinutes(1));

  private final AlertRepository alerts;
  private final AlertDeliveryStore store;
  private final ApplicationEventPublisher publisher;
  private final AlertMailer mailer;
  private final AlertSettings settings;
  private final WriteConflictRetry writes;
  private final Clock clock;

  AlertReminderJob(
      AlertRepository alerts,
      AlertDeliveryStore store,
      ApplicationEventPublisher publisher,
      AlertMailer mailer,
      AlertSettings settings,
      WriteConflictRetry writes,
      Clock clock) {
    this.alerts = alerts;
    this.store = store;
    this.publisher = publisher;
    this.mailer = mailer;
    this.settings = settings;
    this.writes = writes;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${leaps.alerts.reminder-check-millis:15000}",
      initialDelayString = "${leaps.alerts.reminder-check-millis:15000}")
  void sendDueReminders() {
    Instant now = clock.instant();
    try {
      announceExpired(now);
    } catch (RuntimeException e) {
      log.warn("Alert expiry check failed: {}", e.toString());
    }
    try {
      remindDue(now);
    } catch (RuntimeException e) {
      log.warn("Alert reminder check failed: {}", e.toString());
    }
    try {
      deleteAbandoned(now);
    } catch (RuntimeException e) {
      log.warn("Deleting abandoned prepared alerts failed: {}", e.toString());
    }
  }

  /** Deletes prepared alerts abandoned by {@code now}; returns how many. */
  int deleteAbandoned(Instant now) {
    List<Long> abandoned = alerts.findUnsentPreparedBefore(now.minus(ABANDONED_AFTER));
    Integer deleted =
        abandoned.isEmpty() ? 0 : writes.inTransaction(() -> store.deleteUnsent(abandoned));
    return deleted == null ? 0 : deleted;
  }

  /** Sends the reminder rounds due now; returns how many rounds this node sent. */
  int remindDue() {
    return remindDue(clock.instant());
  }

  /** Sends the reminder rounds due at {@code now}; returns how many rounds this node sent. */
  int remindDue(Instant now) {
    int max = settings.reminderMax();
    if (max <= 0) {
      return 0;
    }
    Instant cutoff = now.minus(settings.reminderDelay());
    int sent = 0;
    for (Object[] due : alerts.findDueForReminder(now, cutoff, max)) {
      long alertId = (Long) due[0];
      int seenCount = ((Number) due[1]).intValue();
      Boolean claimed =
          writes.inTransaction(() -> {
            if (alerts.claimReminder(alertId, seenCount, max, now) != 1) {
              return false;
            }
            publisher.publishEvent(new AlertActivity(alertId, AlertActivity.Kind.REMINDED, null));
            return true;
          });
      if (Boolean.TRUE.equals(claimed)) {
        mailer.remind(alertId, seenCount + 1, max);
        sent++;
      }
    }
    return sent;
  }

  /** Announces alerts that expired by {@code now}; returns how many this node announced. */
  int announceExpired(Instant now) {
    int announced = 0;
    for (Long alertId : alerts.findExpiredUnannounced(now, now.minus(EXPIRY_NOTICE_LOOKBACK))) {
      Boolean claimed =
          writes.inTransaction(() -> {
            if (alerts.claimExpiryNotice(alertId, now) != 1) {
              return false;
            }
            publisher.publishEvent(new AlertActivity(alertId, AlertActivity.Kind.CLOSED, null));
            return true;
          });
      if (Boolean.TRUE.equals(claimed)) {
        announced++;
      }
    }
    return announced;
  }
}
