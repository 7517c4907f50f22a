package org.leaps.portal.callout;

import org.leaps.portal.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Escalation of unfilled callouts and the retention purge, on every node (each round claimed). */
@Component
class CalloutJobs {

  private static final Logger log = LoggerFactory.getLogger(CalloutJobs.class);

  private final CalloutService callouts;
  private final java.time.Clock clock;

  CalloutJobs(CalloutService callouts, java.time.Clock clock) {
    this.callouts = callouts;
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${leaps.callouts.check-millis:10000}",
      fixedDelayString = "${leaps.callouts.check-millis:10000}")
  void escalate() {
    try {
      int n = SystemAccess.call(() -> callouts.escalateDue(clock.instant()));
      if (n > 0) {
        log.info("Escalated {} callouts to their next tier", n);
      }
    } catch (RuntimeException e) {
      log.warn("Callout escalation failed: {}", e.toString());
    }
  }

  @Scheduled(
      initialDelayString = "${leaps.callouts.purge-millis:3600000}",
      fixedDelayString = "${leaps.callouts.purge-millis:3600000}")
  void purge() {
    try {
      int n = SystemAccess.call(() -> callouts.purgeExpired(clock.instant()));
      if (n > 0) {
        log.info("Purged meeting and incident points of {} closed callouts", n);
      }
    } catch (RuntimeException e) {
      log.warn("Callout purge failed: {}", e.toString());
    }
  }
}
