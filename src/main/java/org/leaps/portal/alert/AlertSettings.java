package org.leaps.portal.alert;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Alert settings, all optional. From the environment: {@code LEAPS_ALERTS_BASE_URL} (the portal's
 * public address, for links in email), {@code LEAPS_ALERTS_TOKEN_SECRET} (HMAC key for
 * acknowledgement links; the same on every node), {@code LEAPS_ALERTS_MAIL_FROM}, {@code
 * LEAPS_ALERTS_REMINDER_DELAY} (e.g. {@code 30m}: time between reminder rounds), {@code
 * LEAPS_ALERTS_REMINDER_MAX} (rounds per alert, {@code 0} for none). Read by scheduling
 * placeholders rather than this record: {@code LEAPS_ALERTS_POLL_MILLIS} (how often reached marks
 * are stored) and {@code LEAPS_ALERTS_REMINDER_CHECK_MILLIS}. Alert activity crosses nodes through
 * the cluster event relay, configured by {@code LEAPS_RELAY_*} (decision 050). See
 * docs/decisions/036 and 038.
 *
 * @param baseUrl public address of the portal, without a trailing slash
 * @param tokenSecret key for signing acknowledgement links; blank means a random key per start
 *     (links then stop working after a restart and across nodes)
 * @param mailFrom sender address of alert email
 * @param reminderDelay how long after sending the first reminder round goes to those who have not
 *     acknowledged, and how long between further rounds (default 30 minutes)
 * @param reminderMax how many reminder rounds an alert gets at most (default 3; 0 turns reminders
 *     off)
 */
@ConfigurationProperties("leaps.alerts")
public record AlertSettings(
    String baseUrl,
    String tokenSecret,
    String mailFrom,
    Duration reminderDelay,
    Integer reminderMax) {

  public AlertSettings {
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : strip(baseUrl);
    tokenSecret = tokenSecret == null ? "" : tokenSecret;
    mailFrom = mailFrom == null || mailFrom.isBlank() ? "alerts@leaps.invalid" : mailFrom;
    reminderDelay = reminderDelay == null ? Duration.ofMinutes(30) : reminderDelay;
    if (reminderDelay.isNegative()) {
      throw new IllegalArgumentException(
          "leaps.alerts.reminder-delay (LEAPS_ALERTS_REMINDER_DELAY) must not be negative: "
              + reminderDelay);
    }
    reminderMax = reminderMax == null ? 3 : reminderMax;
    if (reminderMax < 0) {
      throw new IllegalArgumentException(
          "leaps.alerts.reminder-max (LEAPS_ALERTS_REMINDER_MAX) must be 0 or more: "
              + reminderMax);
    }
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
