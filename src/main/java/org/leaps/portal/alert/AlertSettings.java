package org.leaps.portal.alert;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Alert settings, all optional. From the environment: {@code LEAPS_ALERTS_BASE_URL} (the portal's
 * public address, for links in email), {@code LEAPS_ALERTS_TOKEN_SECRET} (HMAC key for
 * acknowledgement links; the same on every node), {@code LEAPS_ALERTS_MAIL_FROM}, {@code
 * LEAPS_ALERTS_REMINDER_DELAY} (e.g. {@code 30m}) and {@code LEAPS_ALERTS_POLL_MILLIS}.
 *
 * @param baseUrl public address of the portal, without a trailing slash
 * @param tokenSecret key for signing acknowledgement links; blank means a random key per start
 *     (links then stop working after a restart and across nodes)
 * @param mailFrom sender address of alert email
 * @param reminderDelay how long after sending a reminder goes to those who have not acknowledged
 */
@ConfigurationProperties("leaps.alerts")
public record AlertSettings(
    String baseUrl, String tokenSecret, String mailFrom, Duration reminderDelay) {

  public AlertSettings {
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : strip(baseUrl);
    tokenSecret = tokenSecret == null ? "" : tokenSecret;
    mailFrom = mailFrom == null || mailFrom.isBlank() ? "alerts@leaps.invalid" : mailFrom;
    reminderDelay = reminderDelay == null ? Duration.ofMinutes(30) : reminderDelay;
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
