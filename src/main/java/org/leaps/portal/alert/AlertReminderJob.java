package org.leaps.portal.alert;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one reminder per alert to those who have not acknowledged, {@code
 * leaps.alerts.reminder-delay} after sending. With several nodes, the node whose update claims the
 * alert's {@code reminded_at} sends it; the others skip it.
 */
@Component
class AlertReminderJob {

  private static final Logger log = LoggerFactory.getLogger(AlertReminderJob.class);

  private final AlertRepository alerts;
  private final AlertEventLog events;
  private final AlertMailer mailer;
  private final AlertSettings settings;
  private final TransactionTemplate transaction;
  private final Clock clock;

  AlertReminderJob(
      AlertRepository alerts,
      AlertEventLog events,
      AlertMailer mailer,
      AlertSettings settings,
      TransactionTemplate transaction,
      Clock clock) {
    this.alerts = alerts;
    this.events = events;
    this.mailer = mailer;
    this.settings = settings;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${leaps.alerts.reminder-check-millis:15000}",
      initialDelayString = "${leaps.alerts.reminder-check-millis:15000}")
  void sendDueReminders() {
    try {
      remindDue();
    } catch (RuntimeException e) {
      log.warn("Alert reminder check failed: {}", e.toString());
    }
  }

  /** Returns how many alerts this node reminded about. */
  int remindDue() {
    Instant now = clock.instant();
    int reminded = 0;
    for (Long alertId : alerts.findDueForReminder(now, now.minus(settings.reminderDelay()))) {
      Boolean claimed =
          transaction.execute(status -> {
            if (alerts.claimReminder(alertId, now) != 1) {
              return false;
            }
            events.append(alertId, AlertEventLog.Kind.REMINDED, null);
            return true;
          });
      if (Boolean.TRUE.equals(claimed)) {
        mailer.remind(alertId);
        reminded++;
      }
    }
    return reminded;
  }
}
