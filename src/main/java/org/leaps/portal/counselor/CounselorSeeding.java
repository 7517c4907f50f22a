package org.leaps.portal.counselor;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.audit.FieldChange;
import org.leaps.portal.security.SystemAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds many new counselors at once for the demo data loader (and benchmarks that need a big
 * roster), as the system only: a signed-in person of any role is refused (decision 052). People add
 * counselors through {@link CounselorService#create} and the import, one audit entry per record.
 */
@Service
public class CounselorSeeding {

  private final CounselorRepository counselors;
  private final AuditService audit;
  private final ApplicationEventPublisher events;

  CounselorSeeding(
      CounselorRepository counselors, AuditService audit, ApplicationEventPublisher events) {
    this.counselors = counselors;
    this.audit = audit;
    this.events = events;
  }

  /**
   * Saves these new counselors (none may have an id) with one bulk audit entry naming {@code
   * source}. An email used twice in the batch or already on the roster refuses the whole batch.
   */
  @PreAuthorize(SystemAccess.ONLY)
  @Transactional
  public List<Counselor> seed(List<Counselor> batch, String source) {
    Set<String> emails = new HashSet<>();
    for (Counselor counselor : batch) {
      if (counselor.getId() != null) {
        throw new IllegalArgumentException("Seeding adds new counselors only");
      }
      String email = counselor.getEmail();
      if (email != null && !emails.add(email.trim().toLowerCase(Locale.ROOT))) {
        throw new RosterFieldException("email", email + " appears twice in the batch");
      }
    }
    if (!emails.isEmpty()) {
      counselors.findByEmailIn(emails).stream()
          .findFirst()
          .ifPresent(taken -> {
            throw new RosterFieldException(
                "email", taken.getEmail() + " is already used by another counselor");
          });
    }
    List<Counselor> saved = counselors.saveAll(batch);
    counselors.flush();
    Set<Long> agencyIds = new HashSet<>();
    saved.forEach(c -> agencyIds.add(c.getAgency().getId()));
    audit.recordBulk(
        AuditAction.IMPORT,
        "Roster seeded: " + source,
        agencyIds.size() == 1 ? agencyIds.iterator().next() : null,
        saved.size(),
        saved.size(),
        0,
        List.of(new FieldChange("Source", null, source)));
    events.publishEvent(new RosterImported(Set.copyOf(agencyIds), saved.size(), 0));
    return saved;
  }
}
