package org.leaps.portal.counselor;

import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditEvent;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.audit.FieldChange;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.geography.Region;
import org.leaps.portal.security.AccessScope;
import org.leaps.portal.security.CounselorDirectory;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counselor roster, always within the caller's agency scope: lists, records, changes with
 * optimistic locking and an audit entry, CSV import (all or nothing) and export.
 */
@Service
@Transactional(readOnly = true)
public class CounselorService implements CounselorDirectory {

  static final String SUBJECT = "Counselor";
  private static final String EDITORS = "hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')";
  private static final int EXPORT_SLICE = 500;

  private final CounselorRepository counselors;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final RosterQuery rosterQuery;
  private final RosterImporter importer;
  private final AuditService audit;
  private final AgencyService agencies;
  private final GeographyService geography;
  private final ApplicationEventPublisher events;

  CounselorService(
      CounselorRepository counselors,
      CurrentUser currentUser,
      Clock clock,
      RosterQuery rosterQuery,
      RosterImporter importer,
      AuditService audit,
      AgencyService agencies,
      GeographyService geography,
      ApplicationEventPublisher events) {
    this.events = events;
    this.counselors = counselors;
    this.currentUser = currentUser;
    this.clock = clock;
    this.rosterQuery = rosterQuery;
    this.importer = importer;
    this.audit = audit;
    this.agencies = agencies;
    this.geography = geography;
  }

  /** Today in the program's time zone, for the privilege-eligible rule. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  // The roster grid

  /** One page of the roster in the caller's scope, filtered and sorted in the database. */
  @PreAuthorize(EDITORS)
  public List<RosterRow> page(RosterFilter filter, Pageable pageable) {
    return rosterQuery.page(filter, currentUser.scope(), today(), pageable);
  }

  /** How many counselors in the caller's scope match the filter. */
  @PreAuthorize(EDITORS)
  public long count(RosterFilter filter) {
    return rosterQuery.count(filter, currentUser.scope(), today());
  }

  // Changing a record

  /** Adds a counselor to an agency in the caller's scope. */
  @PreAuthorize(EDITORS)
  @Transactional
  public Counselor create(Counselor counselor) {
    if (counselor.getId() != null) {
      throw new IllegalArgumentException("Use update for an existing counselor");
    }
    counselor.setAgency(currentAgency(counselor.getAgency()));
    counselor.setAdditionalAgencies(currentAgencies(counselor.getAdditionalAgencies()));
    requireUniqueEmail(counselor.getEmail(), null);
    Counselor saved = counselors.saveAndFlush(counselor);
    audit.record(
        AuditAction.CREATE,
        SUBJECT,
        saved.getId(),
        saved.getFullName(),
        saved.getAgency().getId(),
        FieldChange.between(Map.of(), saved.auditValues()));
    events.publishEvent(new CounselorChanged(saved.getId()));
    return saved;
  }

  /**
   * Saves an edited copy of a counselor. If anyone saved the record since the copy was read, this
   * throws {@link CounselorConflictException} with the current record and writes nothing.
   */
  @PreAuthorize(EDITORS)
  @Transactional
  public Counselor update(Counselor edited) {
    Counselor managed = requireManaged(edited.getId(), edited.getVersion());
    edited.setAgency(currentAgency(edited.getAgency()));
    edited.setAdditionalAgencies(currentAgencies(edited.getAdditionalAgencies()));
    requireUniqueEmail(edited.getEmail(), managed.getId());
    Map<String, String> before = managed.auditValues();
    managed.copyEditableFrom(edited);
    counselors.flush();
    List<FieldChange> changes = FieldChange.between(before, managed.auditValues());
    if (!changes.isEmpty()) {
      audit.record(
          AuditAction.UPDATE,
          SUBJECT,
          managed.getId(),
          managed.getFullName(),
          managed.getAgency().getId(),
          changes);
      events.publishEvent(new CounselorChanged(managed.getId()));
    }
    return managed;
  }

  /** Takes a counselor off the active roster (inactive or retired); the record stays. */
  @PreAuthorize(EDITORS)
  @Transactional
  public Counselor deactivate(Long id, long expectedVersion, CounselorStatus newStatus) {
    if (newStatus == CounselorStatus.ACTIVE) {
      throw new IllegalArgumentException("Choose inactive or retired");
    }
    return changeStatus(id, expectedVersion, newStatus, AuditAction.DEACTIVATE);
  }

  /** Puts an inactive or retired counselor back on the active roster. */
  @PreAuthorize(EDITORS)
  @Transactional
  public Counselor reactivate(Long id, long expectedVersion) {
    return changeStatus(id, expectedVersion, CounselorStatus.ACTIVE, AuditAction.REACTIVATE);
  }

  private Counselor changeStatus(
      Long id, long expectedVersion, CounselorStatus status, AuditAction action) {
    Counselor managed = requireManaged(id, expectedVersion);
    Map<String, String> before = managed.auditValues();
    managed.setStatus(status);
    counselors.flush();
    audit.record(
        action,
        SUBJECT,
        managed.getId(),
        managed.getFullName(),
        managed.getAgency().getId(),
        FieldChange.between(before, managed.auditValues()));
    events.publishEvent(new CounselorStatusChanged(managed.getId(), status));
    return managed;
  }

  /**
   * The record to change, if its primary agency is in the caller's scope. A counselor the caller
   * sees only through an additional agency is refused (they may view, not change); any other id
   * reads as "not found".
   */
  private Counselor requireManaged(Long id, long expectedVersion) {
    AccessScope scope = currentUser.scope();
    Counselor managed =
        counselors
            .findByIdInScope(id, scope.statewide(), scope.agencyIdsForQuery())
            .orElseThrow(() -> {
              if (counselors
                  .findByIdVisibleInScope(id, false, scope.agencyIdsForQuery())
                  .isPresent()) {
                return new AccessDeniedException(
                    "Only the liaisons of the counselor's own agency and statewide staff can"
                        + " change this record");
              }
              return new NoSuchElementException("Counselor not found");
            });
    if (managed.getVersion() != expectedVersion) {
      Optional<AuditEvent> last = audit.latest(SUBJECT, id);
      throw new CounselorConflictException(
          managed,
          last.map(AuditEvent::getActorName).orElse(null),
          last.map(AuditEvent::getOccurredAt).orElse(null));
    }
    return managed;
  }

  private void requireInScope(Agency agency) {
    if (agency == null || !currentUser.scope().includes(agency.getId())) {
      throw new AccessDeniedException("Counselor's agency is outside your scope");
    }
  }

  /**
   * The agency as it is now (a form may hold a copy read before a rename), if it is in the caller's
   * scope.
   */
  private Agency currentAgency(Agency agency) {
    requireInScope(agency);
    return agencies
        .findInScope(agency.getId())
        .orElseThrow(() -> new AccessDeniedException("Counselor's agency is outside your scope"));
  }

  /** The additional agencies as they are now; an unknown agency id is refused. */
  private java.util.Set<Agency> currentAgencies(java.util.Set<Agency> chosen) {
    List<Long> ids = chosen.stream().map(Agency::getId).toList();
    List<Agency> current = agencies.findAllById(ids);
    if (current.size() != new java.util.HashSet<>(ids).size()) {
      throw new RosterFieldException("additionalAgencies", "an additional agency does not exist");
    }
    return new java.util.HashSet<>(current);
  }

  /**
   * Whether the current person may change this record: statewide staff, or a liaison of the
   * counselor's primary agency. Liaisons of an additional agency only view it.
   */
  @PreAuthorize(Role.IN_PROGRAM)
  public boolean canEdit(Counselor counselor) {
    return currentUser.scope().includes(counselor.getAgency().getId())
        && currentUser
            .get()
            .map(u ->
                u.has(org.leaps.portal.security.Role.DIRECTOR)
                    || u.has(org.leaps.portal.security.Role.STAFF)
                    || u.has(org.leaps.portal.security.Role.LIAISON))
            .orElse(false);
  }

  private void requireUniqueEmail(String email, Long ownId) {
    if (email == null) {
      return;
    }
    counselors
        .findByEmailIgnoreCase(email.trim())
        .filter(other -> !other.getId().equals(ownId))
        .ifPresent(other -> {
          throw new RosterFieldException(
              "email", "this email is already used by another counselor");
        });
  }

  // CSV export and import

  /**
   * Writes the counselors in scope that match the filter as CSV (the import format), a slice at a
   * time, with formula-like cells neutralised, and records the export. Returns the rows written.
   */
  @PreAuthorize(EDITORS)
  @Transactional
  public int exportCsv(RosterFilter filter, Writer out) {
    AccessScope scope = currentUser.scope();
    LocalDate today = today();
    RosterCsv.writeRecord(out, RosterCsv.COLUMNS);
    int written = 0;
    while (true) {
      List<Counselor> slice = rosterQuery.records(filter, scope, today, written, EXPORT_SLICE);
      for (Counselor c : slice) {
        RosterCsv.writeRecord(out, csvValues(c));
      }
      written += slice.size();
      if (slice.size() < EXPORT_SLICE) {
        break;
      }
    }
    Long agencyId =
        filter.agencyId() != null
            ? filter.agencyId()
            : scope.statewide() || scope.agencyIds().size() != 1
                ? null
                : scope.agencyIds().iterator().next();
    audit.recordBulk(
        AuditAction.EXPORT,
        "Roster export",
        agencyId,
        written,
        0,
        0,
        List.of(new FieldChange("Filter", null, describe(filter))));
    return written;
  }

  /**
   * The record's latest changes, for someone who may read it, also through an additional agency;
   * empty when the record is not readable.
   */
  @PreAuthorize(EDITORS)
  public List<AuditEvent> history(Long id, int limit) {
    return findInScope(id)
        .map(c -> audit.changesOfReadableRecord(SUBJECT, c.getId(), limit))
        .orElse(List.of());
  }

  /** Records that the signed-in person opened this record (who, when, which record; no more). */
  @PreAuthorize(EDITORS)
  @Transactional
  public void recordOpened(Counselor counselor) {
    audit.record(
        AuditAction.VIEW,
        SUBJECT,
        counselor.getId(),
        counselor.getFullName(),
        counselor.getAgency() == null ? null : counselor.getAgency().getId(),
        List.of());
  }

  /** The filter in the roster's words: names, not ids or codes (unknown ones stay as they are). */
  private String describe(RosterFilter filter) {
    return filter.describe(
        id ->
            agencies.findAllById(List.of(id)).stream()
                .findFirst()
                .map(Agency::getName)
                .orElse("#" + id),
        fips -> geography.county(fips).map(c -> c.getName() + " County").orElse(fips),
        code ->
            geography.regions().stream()
                .filter(r -> r.getCode().equals(code))
                .findFirst()
                .map(Region::getName)
                .orElse(code));
  }

  static List<String> csvValues(Counselor c) {
    return RosterColumns.ALL.stream().map(column -> column.export(c)).toList();
  }

  /** Checks a roster file and says what importing it would do; saves nothing. */
  @PreAuthorize(EDITORS)
  public ImportPreview previewImport(String fileName, byte[] data) {
    return importer.plan(fileName, data, importContext()).preview();
  }

  /**
   * Imports a roster file in one transaction, as it reads now (no preview was shown first): the
   * file is checked, and if any row has a problem nothing is saved ({@link
   * ImportRejectedException}). {@code progress} hears the number of rows saved so far.
   */
  @PreAuthorize(EDITORS)
  @Transactional
  public ImportPreview commitImport(String fileName, byte[] data, IntConsumer progress) {
    return commit(fileName, data, null, progress);
  }

  /**
   * Imports the file the person previewed, in one transaction. The file is checked again; if any
   * row has a problem, or a counselor the preview matched was saved by someone since (another
   * version), or a new row now matches a counselor added since, nothing is saved and {@link
   * ImportRejectedException} carries the fresh preview with those rows marked.
   */
  @PreAuthorize(EDITORS)
  @Transactional
  public ImportPreview commitImport(ImportPreview previewed, byte[] data, IntConsumer progress) {
    return commit(previewed.fileName(), data, previewed, progress);
  }

  private ImportPreview commit(
      String fileName, byte[] data, ImportPreview previewed, IntConsumer progress) {
    RosterImporter.Plan plan = importer.plan(fileName, data, importContext());
    if (!plan.preview().clean()) {
      throw new ImportRejectedException(plan.preview());
    }
    if (previewed != null) {
      var changed = plan.preview().rowsChangedSince(previewed);
      if (!changed.isEmpty()) {
        throw new ImportRejectedException(plan.preview().markChanged(changed));
      }
    }
    // Every row is checked; saving starts now (the progress bar shows 0).
    progress.accept(0);
    AccessScope scope = currentUser.scope();
    int done = 0;
    int created = 0;
    int updated = 0;
    java.util.Set<Long> agencyIds = new java.util.HashSet<>();
    for (RosterImporter.PlannedRow row : plan.rows()) {
      Counselor candidate = row.candidate();
      requireInScope(candidate.getAgency());
      agencyIds.add(candidate.getAgency().getId());
      if (row.existing() == null) {
        Counselor saved = counselors.save(candidate);
        audit.record(
            AuditAction.CREATE,
            SUBJECT,
            saved.getId(),
            saved.getFullName(),
            saved.getAgency().getId(),
            List.of(
                new FieldChange("Source", null, "import of " + fileName + ", row " + row.row())));
        created++;
      } else if (!row.changes().isEmpty()) {
        Counselor managed = row.existing();
        if (!scope.includes(managed.getAgency().getId())) {
          throw new AccessDeniedException("Counselor's agency is outside your scope");
        }
        managed.copyEditableFrom(candidate);
        managed.setStatus(candidate.getStatus());
        audit.record(
            AuditAction.UPDATE,
            SUBJECT,
            managed.getId(),
            managed.getFullName(),
            managed.getAgency().getId(),
            row.changes());
        updated++;
      }
      done++;
      if (done % 250 == 0) {
        progress.accept(done);
      }
    }
    counselors.flush();
    audit.recordBulk(
        AuditAction.IMPORT,
        "Roster import: " + fileName,
        agencyIds.size() == 1 ? agencyIds.iterator().next() : null,
        plan.preview().rows(),
        created,
        updated,
        List.of(new FieldChange("File", null, fileName + " (" + plan.preview().encoding() + ")")));
    events.publishEvent(new RosterImported(java.util.Set.copyOf(agencyIds), created, updated));
    progress.accept(done);
    return plan.preview();
  }

  private RosterImporter.Context importContext() {
    Map<String, Agency> byCode = new LinkedHashMap<>();
    for (Agency agency : agencies.agenciesInScope()) {
      byCode.put(agency.getCode(), agency);
    }
    Map<String, Agency> allByCode = new LinkedHashMap<>();
    for (Agency agency : agencies.allAgencies()) {
      allByCode.put(agency.getCode(), agency);
    }
    return new RosterImporter.Context(currentUser.scope(), byCode, allByCode, geography.counties());
  }

  /** Headline figures for the signed-in person's scope. */
  @PreAuthorize(Role.IN_PROGRAM)
  public RosterFigures rosterFigures() {
    AccessScope scope = currentUser.scope();
    var ids = scope.agencyIdsForQuery();
    boolean statewide = scope.statewide();
    List<RegionCount> byRegion =
        counselors.countActiveByRegionInScope(statewide, ids).stream()
            .map(row -> new RegionCount((String) row[0], (String) row[1], (Long) row[2]))
            .toList();
    return new RosterFigures(
        counselors.countByStatusInScope(CounselorStatus.ACTIVE, statewide, ids),
        counselors.countPrivilegeEligibleInScope(LocalDate.now(clock), statewide, ids),
        byRegion);
  }

  /**
   * A counselor the current person may see: through the primary agency or an additional agency they
   * serve. Another agency's id reads as "not found".
   */
  @PreAuthorize(Role.IN_PROGRAM)
  public Optional<Counselor> findInScope(Long id) {
    AccessScope scope = currentUser.scope();
    return counselors.findByIdVisibleInScope(id, scope.statewide(), scope.agencyIdsForQuery());
  }

  /**
   * Names and primary agencies of these counselors for lists in other modules; a counselor whose
   * primary agency is outside the caller's scope is left out.
   */
  @PreAuthorize(Role.IN_PROGRAM)
  public List<CounselorName> namesInScope(java.util.Collection<Long> counselorIds) {
    if (counselorIds.isEmpty()) {
      return List.of();
    }
    AccessScope scope = currentUser.scope();
    return counselors.namesInScope(counselorIds, scope.statewide(), scope.agencyIdsForQuery());
  }

  /**
   * Active counselors an alert reaches: all of them, or those of these agencies, or those whose
   * home county lies in one of these regions.
   */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF')")
  public List<CounselorContact> alertAudience(
      boolean all, java.util.Collection<Long> agencyIds, java.util.Collection<String> regionCodes) {
    return counselors.activeContacts(
        all,
        agencyIds.isEmpty() ? List.of(-1L) : agencyIds,
        regionCodes.isEmpty() ? List.of("--") : regionCodes);
  }

  /** How to reach these counselors, if their primary agency is in the caller's scope. */
  @PreAuthorize(EDITORS)
  public List<CounselorContact> contactsInScope(java.util.Collection<Long> counselorIds) {
    if (counselorIds.isEmpty()) {
      return List.of();
    }
    AccessScope scope = currentUser.scope();
    return counselors.contactsInScope(counselorIds, scope.statewide(), scope.agencyIdsForQuery());
  }

  @PreAuthorize(Role.IN_PROGRAM)
  public long countAll() {
    AccessScope scope = currentUser.scope();
    return counselors.countInScope(scope.statewide(), scope.agencyIdsForQuery());
  }

  // CounselorDirectory: used at sign-in, before any scope exists.

  @Override
  public Optional<CounselorLink> findByEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return counselors
        .findByEmailIgnoreCase(email.trim())
        .map(c -> new CounselorLink(c.getId(), c.getAgency().getId(), c.getFullName()));
  }

  public record RosterFigures(
      long activeCounselors, long privilegeEligible, List<RegionCount> activeByRegion) {}

  public record RegionCount(String regionCode, String regionName, long counselors) {}
}
