package org.leaps.portal.agency;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.audit.FieldChange;
import org.leaps.portal.security.SystemAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds many new agencies at once for the demo data loader, as the system only: a signed-in person
 * of any role is refused (decision 052). The director adds agencies through {@link
 * AgencyService#create}, one audit entry each.
 */
@Service
public class AgencySeeding {

  private final AgencyRepository agencies;
  private final AuditService audit;

  AgencySeeding(AgencyRepository agencies, AuditService audit) {
    this.agencies = agencies;
    this.audit = audit;
  }

  /**
   * Saves these new agencies (none may have an id) with one bulk audit entry naming {@code source}.
   * A code used twice in the batch or already taken refuses the whole batch.
   */
  @PreAuthorize(SystemAccess.ONLY)
  @Transactional
  public List<Agency> seed(List<Agency> batch, String source) {
    Set<String> codes = new HashSet<>();
    for (Agency agency : batch) {
      if (agency.getId() != null) {
        throw new IllegalArgumentException("Seeding adds new agencies only");
      }
      if (!codes.add(agency.getCode())) {
        throw new IllegalArgumentException("the code " + agency.getCode() + " appears twice");
      }
    }
    if (!codes.isEmpty()) {
      agencies.findByCodeIn(codes).stream()
          .findFirst()
          .ifPresent(taken -> {
            throw new IllegalArgumentException(
                "the code " + taken.getCode() + " is already used by " + taken.getName());
          });
    }
    List<Agency> saved = agencies.saveAll(batch);
    agencies.flush();
    audit.recordBulk(
        AuditAction.IMPORT,
        "Agencies seeded: " + source,
        null,
        saved.size(),
        saved.size(),
        0,
        List.of(new FieldChange("Source", null, source)));
    return saved;
  }
}
