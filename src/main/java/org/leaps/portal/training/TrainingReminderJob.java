package org.leaps.portal.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leaps.portal.agency.AgencyLiaisonService;
import org.leaps.portal.counselor.CounselorTraining;
import org.leaps.portal.counselor.CounselorTraining.DueRow;
import org.leaps.portal.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds counselors, and their agency's liaisons, that a recertification falls due: once per
 * threshold of {@code leaps.training.reminder-lead-days} (the smallest one a counselor has
 * reached). Every node runs the check; each reminder is claimed by inserting its key (counselor,
 * due date, threshold) into {@code training_reminder}, so exactly one node in the cluster sends it
 * (decision 082). The mail says only the due date and where to look.
 */
@Component
class TrainingReminderJob {

  private static final Logger log = LoggerFactory.getLogger(TrainingReminderJob.class);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
  private static final int SLICE = 500;

  private final CounselorTraining counselors;
  private final AgencyLiaisonService liaisons;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final TrainingSettings settings;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  TrainingReminderJob(
      CounselorTraining counselors,
      AgencyLiaisonService liaisons,
      ObjectProvider<JavaMailSender> mailSender,
      TrainingSettings settings,
      JdbcTemplate jdbc,
      Clock clock) {
    this.counselors = counselors;
    this.liaisons = liaisons;
    this.mailSender = mailSender;
    this.settings = settings;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${leaps.training.reminder-check-millis:3600000}",
      initialDelayString = "${leaps.training.reminder-check-millis:3600000}")
  void scheduled() {
    try {
      remindDue();
    } catch (RuntimeException e) {
      log.warn("Recertification reminder check failed: {}", e.toString());
    }
  }

  /**
   * Sends the reminders due today that no node has claimed yet; returns how many this node sent.
   */
  int remindDue() {
    if (settings.longestLead() < 0 || mailSender.getIfAvailable() == null) {
      return 0;
    }
    LocalDate today = LocalDate.now(clock);
    return SystemAccess.call(() -> {
      List<DueRow> due = new ArrayList<>();
      int offset = 0;
      while (true) {
        List<DueRow> slice =
            counselors.dueBetween(
                today, today.plusDays(settings.longestLead()), null, offset, SLICE);
        due.addAll(slice);
        offset += slice.size();
        if (slice.size() < SLICE) {
          break;
        }
      }
      int sent = 0;
      for (DueRow row : due) {
        long daysLeft = ChronoUnit.DAYS.between(today, row.recertificationDue());
        Integer threshold = settings.thresholdFor(daysLeft);
        if (threshold != null && claim(row, threshold)) {
          send(row, daysLeft);
          sent++;
        }
      }
      return sent;
    });
  }

  /** Inserts the reminder's key; only the node whose insert lands sends it. */
  private boolean claim(DueRow row, int threshold) {
    return jdbc.update(
            "insert ignore into training_reminder (counselor_id, due_on, lead_days, claimed_at)"
                + " values (?, ?, ?, ?)",
            row.counselorId(),
            java.sql.Date.valueOf(row.recertificationDue()),
            threshold,
            Timestamp.from(clock.instant()))
        == 1;
  }

  private void send(DueRow row, long daysLeft) {
    JavaMailSender sender = mailSender.getIfAvailable();
    String when = DATE.format(row.recertificationDue());
    String in = daysLeft == 0 ? "today" : "in " + daysLeft + (daysLeft == 1 ? " day" : " days");
    var toCounselor = new SimpleMailMessage();
    toCounselor.setFrom(settings.mailFrom());
    toCounselor.setTo(row.email());
    toCounselor.setSubject("[LEAPS] Your peer support recertification is due " + when);
    toCounselor.setText(
        "Your peer support certification is due for renewal on "
            + when
            + " ("
            + in
            + ").\n\nYour training history and hours are under \"My training\" in the LEAPS"
            + " Portal. Continuing-education hours renew the certification: "
            + RecertificationRule.HOURS_PER_CYCLE
            + " hours per cycle.\n");
    List<SimpleMailMessage> mails = new ArrayList<>();
    mails.add(toCounselor);
    for (var liaison : liaisons.liaisonsOf(row.agencyId())) {
      var toLiaison = new SimpleMailMessage();
      toLiaison.setFrom(settings.mailFrom());
      toLiaison.setTo(liaison.email());
      toLiaison.setSubject("[LEAPS] Recertification due " + when + ": " + row.fullName());
      toLiaison.setText(
          row.fullName()
              + " of "
              + row.agencyName()
              + " is due for peer support recertification on "
              + when
              + " ("
              + in
              + ").\n\nSee \"Current and expiring\" under Training in the LEAPS Portal.\n");
      mails.add(toLiaison);
    }
    for (SimpleMailMessage mail : mails) {
      try {
        sender.send(mail);
      } catch (MailException e) {
        log.warn("Recertification reminder to one recipient failed: {}", e.getMessage());
      }
    }
  }
}
