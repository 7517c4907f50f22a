package org.leaps.portal.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leaps.portal.base.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Emails alerts by SMTP (Spring Boot's mail settings: {@code SPRING_MAIL_HOST}, {@code
 * SPRING_MAIL_PORT}, {@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD}). Without a mail
 * host, alerts are delivered in the portal only. The mail carries the alert itself and a link
 * (signed, single use, sign-in still required); nothing else about the person or the program. Sent
 * after the alert is committed, on Boot's task executor, by the node where it was sent.
 */
@Component
class AlertMailer {

  private static final Logger log = LoggerFactory.getLogger(AlertMailer.class);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a z", Locale.US)
          .withZone(TimeConfiguration.PROGRAM_ZONE);

  private final ObjectProvider<JavaMailSender> mailSender;
  private final AlertDeliveryStore store;
  private final AckTokens tokens;
  private final AlertSettings settings;
  private final InterruptionPolicy interruption;
  private final Clock clock;
  private final TaskExecutor executor;

  AlertMailer(
      ObjectProvider<JavaMailSender> mailSender,
      AlertDeliveryStore store,
      AckTokens tokens,
      AlertSettings settings,
      InterruptionPolicy interruption,
      Clock clock,
      @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
    this.executor = executor;
    this.mailSender = mailSender;
    this.store = store;
    this.tokens = tokens;
    this.settings = settings;
    this.interruption = interruption;
    this.clock = clock;
  }

  /**
   * The mail sender, or {@code null} for portal-only delivery: also when the host is set but blank,
   * as a deployment file does that leaves {@code SPRING_MAIL_HOST} empty.
   */
  JavaMailSender sender() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender instanceof JavaMailSenderImpl smtp
        && (smtp.getHost() == null || smtp.getHost().isBlank())) {
      return null;
    }
    return sender;
  }

  @TransactionalEventListener
  void onSent(AlertService.AlertSentEvent event) {
    if (sender() == null) {
      return;
    }
    executor.execute(() -> mail(event.alertId(), 0, 0));
  }

  /** Emails reminder round {@code round} of {@code max} to those who have not acknowledged. */
  void remind(long alertId, int round, int max) {
    if (sender() == null) {
      return;
    }
    executor.execute(() -> mail(alertId, round, max));
  }

  /** Round 0 is the alert itself; higher rounds are reminders. */
  private void mail(long alertId, int round, int max) {
    boolean reminder = round > 0;
    JavaMailSender sender = sender();
    Alert alert = store.alert(alertId).orElse(null);
    if (sender == null || alert == null) {
      return;
    }
    Instant now = clock.instant();
    if (reminder && !alert.isActive(now)) {
      // Closed or expired between the claim and this mail: nobody is asked any more.
      log.info(
          "Alert {}: reminder round {} dropped, the alert is no longer active", alertId, round);
      return;
    }
    List<AlertDelivery> targets =
        reminder ? store.unacknowledgedOf(alertId) : store.deliveriesOf(alertId);
    List<Long> sent = new ArrayList<>();
    for (AlertDelivery delivery : targets) {
      if (!interruption.mayInterrupt(
          alert.getSeverity(), delivery.getEmail(), delivery.getCounselorId(), now)) {
        continue;
      }
      try {
        sender.send(message(alert, delivery, round, max));
        sent.add(delivery.getId());
      } catch (MailException e) {
        log.warn("Alert {} email to one recipient failed: {}", alertId, e.getMessage());
      }
    }
    if (!sent.isEmpty()) {
      store.markEmailed(sent, reminder);
    }
    log.info("Alert {}: {} {} emailed", alertId, sent.size(), reminder ? "reminders" : "alerts");
  }

  /** The mail of one delivery: the alert itself (round 0) or reminder {@code round} of max. */
  SimpleMailMessage message(Alert alert, AlertDelivery delivery, int round, int max) {
    boolean reminder = round > 0;
    var mail = new SimpleMailMessage();
    mail.setFrom(settings.mailFrom());
    mail.setTo(delivery.getEmail());
    String prefix = reminder ? "Reminder: " : "";
    mail.setSubject(
        prefix + "[LEAPS " + alert.getSeverity().label() + "] " + oneLine(alert.getTitle()));
    StringBuilder body = new StringBuilder();
    if (reminder) {
      body.append("Reminder ")
          .append(round)
          .append(" of ")
          .append(max)
          .append(": you have not yet acknowledged this alert.\n\n");
    }
    body.append(alert.getTitle()).append("\n\n");
    body.append(alert.getMessage()).append("\n\n");
    body.append("Severity: ").append(alert.getSeverity().label()).append('\n');
    body.append("Sent: ").append(WHEN.format(alert.getSentAt())).append('\n');
    body.append("Expires: ").append(WHEN.format(alert.getExpiresAt())).append("\n\n");
    if (alert.isAckRequired()) {
      body.append("Acknowledge (you will be asked to sign in; the link works once):\n");
      body.append(settings.baseUrl())
          .append("/alerts/ack/")
          .append(tokens.create(delivery.getId()))
          .append('\n');
    } else {
      body.append("Open your alerts: ").append(settings.baseUrl()).append("/alerts\n");
    }
    mail.setText(body.toString());
    return mail;
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]+", " ");
  }
}
