package org.leaps.portal.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.audit.FieldChange;
import org.leaps.portal.counselor.CounselorTraining;
import org.leaps.portal.counselor.CounselorTraining.DueRow;
import org.leaps.portal.counselor.RosterCsv;
import org.leaps.portal.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is current, who expires within 30, 60 or 90 days and who has lapsed: the director statewide,
 * a liaison their own agencies (the counselor module applies the scope in its query). The
 * privilege-eligible column is the counselor module's verdict.
 */
@Service
@Transactional(readOnly = true)
public class CertificationReport {

  private static final String EDITORS = "hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')";
  static final List<String> CSV_COLUMNS =
      List.of(
          "last_name",
          "first_name",
          "email",
          "agency",
          "recertification_due",
          "days_left",
          "window",
          "privilege_eligible");
  private static final int SLICE = 500;

  private final CounselorTraining counselors;
  private final AuditService audit;
  private final CurrentUser currentUser;
  private final Clock clock;

  CertificationReport(
      CounselorTraining counselors, AuditService audit, CurrentUser currentUser, Clock clock) {
    this.counselors = counselors;
    this.audit = audit;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** One line of the report. */
  public record Row(DueRow counselor, long daysLeft, CurrencyWindow window) {}

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** A page of active counselors in scope in a window (or all, when null), soonest due first. */
  @PreAuthorize(EDITORS)
  public List<Row> page(CurrencyWindow window, Pageable pageable) {
    LocalDate today = today();
    return counselors
        .dueBetween(
            from(window, today),
            to(window, today),
            null,
            (int) pageable.getOffset(),
            pageable.getPageSize())
        .stream()
        .map(r -> row(r, today))
        .toList();
  }

  @PreAuthorize(EDITORS)
  public long count(CurrencyWindow window) {
    LocalDate today = today();
    return counselors.countDueBetween(from(window, today), to(window, today), null);
  }

  /** How many counselors in scope are in each window. */
  @PreAuthorize(EDITORS)
  public Map<CurrencyWindow, Long> summary() {
    var counts = new EnumMap<CurrencyWindow, Long>(CurrencyWindow.class);
    for (CurrencyWindow w : CurrencyWindow.values()) {
      counts.put(w, count(w));
    }
    return counts;
  }

  private static LocalDate from(CurrencyWindow window, LocalDate today) {
    return window == null ? null : window.from(today);
  }

  private static LocalDate to(CurrencyWindow window, LocalDate today) {
    return window == null ? null : window.to(today);
  }

  static Row row(DueRow r, LocalDate today) {
    return new Row(
        r,
        ChronoUnit.DAYS.between(today, r.recertificationDue()),
        CurrencyWindow.of(r.recertificationDue(), today));
  }

  /**
   * Writes the window (or everyone) as CSV with Apache Commons CSV, formula-like cells neutralised,
   * and records the export in the audit trail. Returns the rows written.
   */
  @PreAuthorize(EDITORS)
  @Transactional
  public int exportCsv(CurrencyWindow window, Writer out) {
    LocalDate today = today();
    int written = 0;
    try {
      CSVPrinter csv =
          new CSVPrinter(
              out, CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get());
      while (true) {
        List<DueRow> slice =
            counselors.dueBetween(from(window, today), to(window, today), null, written, SLICE);
        for (DueRow r : slice) {
          Row row = row(r, today);
          csv.printRecord(
              safe(r.lastName()),
              safe(r.firstName()),
              safe(r.email()),
              safe(r.agencyName()),
              r.recertificationDue().toString(),
              row.daysLeft(),
              row.window().label(),
              r.privilegeEligible() ? "yes" : "no");
        }
        written += slice.size();
        if (slice.size() < SLICE) {
          break;
        }
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var scope = currentUser.scope();
    audit.recordBulk(
        AuditAction.EXPORT,
        "Recertification export",
        scope.statewide() || scope.agencyIds().size() != 1
            ? null
            : scope.agencyIds().iterator().next(),
        written,
        0,
        0,
        List.of(new FieldChange("Window", null, window == null ? "everyone" : window.label())));
    return written;
  }

  private static String safe(String value) {
    return value == null ? "" : RosterCsv.neutralise(value);
  }
}
