package org.leaps.portal.alert;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code alert_event} notification table small: every node, every {@code
 * leaps.alerts.event-purge-millis} (default 10 minutes), deletes events older than {@code
 * leaps.alerts.event-retention} (default 1 day) in batches of {@value #BATCH_SIZE} rows. The
 * pollers only look back {@value AlertEventPoller#WINDOW_SECONDS} seconds, and alerts, deliveries
 * and acknowledgements live in their own tables, so nothing anyone sees depends on old events.
 * Several nodes purging at once only find less to delete.
 */
@Component
class AlertEventRetention {

  private static final Logger log = LoggerFactory.getLogger(AlertEventRetention.class);

  static final int BATCH_SIZE = 1000;

  /** At most this many batches per run; the rest waits for the next run. */
  static final int MAX_BATCHES = 50;

  private final AlertEventLog events;
  private final AlertSettings settings;

  AlertEventRetention(AlertEventLog events, AlertSettings settings) {
    this.events = events;
    this.settings = settings;
  }

  @Scheduled(
      fixedDelayString = "${leaps.alerts.event-purge-millis:600000}",
      initialDelayString = "${leaps.alerts.event-purge-millis:600000}")
  void purgeOldEvents() {
    try {
      int deleted = purge();
      if (deleted > 0) {
        log.info("Purged {} alert events older than {}", deleted, settings.eventRetention());
      }
    } catch (RuntimeException e) {
      // Another node's purge may hold the rows briefly; the next run tries again.
      log.warn("Alert event purge failed: {}", e.toString());
    }
  }

  int purge() {
    return events.purgeOlderThan(settings.eventRetention(), BATCH_SIZE, MAX_BATCHES);
  }
}
