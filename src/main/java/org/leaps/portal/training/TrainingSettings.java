package org.leaps.portal.training;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Training settings, all optional. {@code LEAPS_TRAINING_REMINDER_LEAD_DAYS} (e.g. {@code 90,30}):
 * how many days before a recertification falls due the counselor and their agency's liaisons are
 * reminded, once per threshold. {@code LEAPS_TRAINING_MAIL_FROM}: sender of the reminders. Read by
 * a scheduling placeholder: {@code LEAPS_TRAINING_REMINDER_CHECK_MILLIS} (default one hour).
 */
@ConfigurationProperties("leaps.training")
public record TrainingSettings(List<Integer> reminderLeadDays, String mailFrom) {

  public TrainingSettings {
    reminderLeadDays =
        reminderLeadDays == null
            ? List.of(90, 30)
            : reminderLeadDays.stream().sorted(java.util.Comparator.reverseOrder()).toList();
    for (Integer days : reminderLeadDays) {
      if (days == null || days < 0 || days > 365) {
        throw new IllegalArgumentException(
            "leaps.training.reminder-lead-days (LEAPS_TRAINING_REMINDER_LEAD_DAYS) must be 0 to"
                + " 365 days each: "
                + reminderLeadDays);
      }
    }
    mailFrom = mailFrom == null || mailFrom.isBlank() ? "training@leaps.invalid" : mailFrom;
  }

  /** The smallest threshold that {@code daysLeft} has reached, or null if none yet. */
  Integer thresholdFor(long daysLeft) {
    Integer reached = null;
    for (Integer lead : reminderLeadDays) {
      if (daysLeft <= lead) {
        reached = lead;
      }
    }
    return reached;
  }

  int longestLead() {
    return reminderLeadDays.isEmpty() ? -1 : reminderLeadDays.getFirst();
  }
}
