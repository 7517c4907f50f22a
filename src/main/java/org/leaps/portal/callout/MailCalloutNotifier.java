package org.leaps.portal.callout;

import org.leaps.portal.alert.AlertSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Emails callout notices through the portal's SMTP settings (the same as alerts). Without a mail
 * host, callouts reach people in the portal only.
 */
@Component
class MailCalloutNotifier implements CalloutNotifier {

  private static final Logger log = LoggerFactory.getLogger(MailCalloutNotifier.class);

  private final ObjectProvider<JavaMailSender> mailSender;
  private final AlertSettings alertSettings;
  private final CalloutSettings settings;

  MailCalloutNotifier(
      ObjectProvider<JavaMailSender> mailSender,
      AlertSettings alertSettings,
      CalloutSettings settings) {
    this.mailSender = mailSender;
    this.alertSettings = alertSettings;
    this.settings = settings;
  }

  @Override
  public void offered(Notice notice) {
    send(
        notice.email(),
        "[LEAPS callout] " + notice.category() + ", " + notice.where(),
        "You are asked to go on a peer support callout.\n\n"
            + "Incident: "
            + notice.category()
            + "\nWhere: "
            + notice.where()
            + "\nMeet at: "
            + notice.meetingPoint()
            + "\nCounselors needed: "
            + notice.needed()
            + "\nDistance: about "
            + Math.round(notice.distanceKm())
            + " km"
            + (notice.approximate() ? " (approximate)" : "")
            + "\n\nAccept or decline (you will be asked to sign in; the link works once):\n"
            + notice.respondLink()
            + "\n");
  }

  @Override
  public void standDown(Notice notice, boolean filled) {
    send(
        notice.email(),
        "[LEAPS callout] Stand down: " + notice.category() + ", " + notice.where(),
        (filled
                ? "This callout is filled; you are not needed on it."
                : "This callout was closed; you are not needed on it.")
            + " Thank you for being ready.\n");
  }

  @Override
  public void escalated(Escalation escalation) {
    if (settings.directorEmail().isBlank()) {
      return;
    }
    send(
        settings.directorEmail(),
        "[LEAPS callout] Escalated to tier " + escalation.tier() + ": " + escalation.where(),
        escalation.category()
            + ", "
            + escalation.where()
            + ": "
            + escalation.accepted()
            + " of "
            + escalation.needed()
            + " accepted in time; tier "
            + escalation.tier()
            + " was asked.\nBoard: "
            + alertSettings.baseUrl()
            + "/callouts\n");
  }

  private void send(String to, String subject, String text) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null || to == null || to.isBlank()) {
      return;
    }
    var mail = new SimpleMailMessage();
    mail.setFrom(alertSettings.mailFrom());
    mail.setTo(to);
    mail.setSubject(subject.replaceAll("[\\r\\n]+", " "));
    mail.setText(text);
    try {
      sender.send(mail);
    } catch (MailException e) {
      log.warn("Callout email to one recipient failed: {}", e.getMessage());
    }
  }
}
