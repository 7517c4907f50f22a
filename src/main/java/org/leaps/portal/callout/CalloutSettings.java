package org.leaps.portal.callout;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Callout settings, all optional ({@code LEAPS_CALLOUTS_*}). See docs/decisions/060.
 *
 * @param escalateAfter how long a tier has to fill the callout before the next tier is asked and
 *     the director alerted (default 2 minutes)
 * @param tierFactor how many counselors a tier asks per counselor needed (default 2)
 * @param retention how long after closing the meeting point and incident point are kept (default 30
 *     days)
 * @param workloadLimit accepted callouts in the last 30 days at which a counselor is left out for
 *     their own sake (default 6)
 * @param directorEmail where escalation notices go by email (blank: only the live board)
 */
@ConfigurationProperties("leaps.callouts")
public record CalloutSettings(
    Duration escalateAfter,
    Integer tierFactor,
    Duration retention,
    Integer workloadLimit,
    String directorEmail) {

  public CalloutSettings {
    escalateAfter = escalateAfter == null ? Duration.ofMinutes(2) : escalateAfter;
    tierFactor = tierFactor == null ? 2 : tierFactor;
    retention = retention == null ? Duration.ofDays(30) : retention;
    workloadLimit = workloadLimit == null ? 6 : workloadLimit;
    directorEmail = directorEmail == null ? "" : directorEmail.trim();
    if (escalateAfter.isNegative() || escalateAfter.isZero()) {
      throw new IllegalArgumentException(
          "leaps.callouts.escalate-after (LEAPS_CALLOUTS_ESCALATE_AFTER) must be positive");
    }
    if (tierFactor < 1) {
      throw new IllegalArgumentException(
          "leaps.callouts.tier-factor (LEAPS_CALLOUTS_TIER_FACTOR) must be 1 or more");
    }
  }
}
