package org.leaps.portal.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.audit.FieldChange;
import org.leaps.portal.security.AccessScope;
import org.leaps.portal.security.AgencyDirectory;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agencies as each person may see them: statewide staff see all, others their own. */
@Service
@Transactional(readOnly = true)
public class AgencyService implements AgencyDirectory {

  private static final Sort BY_NAME = Sort.by("name");

  static final String SUBJECT = "Agency";

  private final AgencyRepository agencies;
  private final CurrentUser currentUser;
  private final AuditService audit;
  private final org.springframework.context.ApplicationEventPublisher events;

  AgencyService(
      AgencyRepository agencies,
      CurrentUser currentUser,
      AuditService audit,
      org.springframework.context.ApplicationEventPublisher events) {
    this.agencies = agencies;
    this.currentUser = currentUser;
    this.audit = audit;
    this.events = events;
  }

  /** A page of the agencies in scope whose name or code starts with {@code search}, by name. */
  @PreAuthorize(Role.IN_PROGRAM)
  public List<Agency> page(String search, Pageable pageable) {
    Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : BY_NAME;
    return agencies
        .findAll(
            matching(search),
            org.springframework.data.domain.PageRequest.of(
                pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("id"))))
        .getContent();
  }

  @PreAuthorize(Role.IN_PROGRAM)
  public long count(String search) {
    return agencies.count(matching(search));
  }

  private Specification<Agency> matching(String search) {
    AccessScope scope = currentUser.scope();
    return (root, query, cb) -> {
      var where = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
      if (!scope.statewide()) {
        where.add(root.get("id").in(scope.agencyIdsForQuery()));
      }
      if (search != null && !search.isBlank()) {
        String prefix =
            search.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        where.add(
            cb.or(
                cb.like(root.get("name"), prefix, '\\'), cb.like(root.get("code"), prefix, '\\')));
      }
      return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
    };
  }

  /** Adds a participating agency; the code must be new. */
  @PreAuthorize("hasRole('DIRECTOR')")
  @Transactional
  public Agency create(Agency agency) {
    requireUniqueCode(agency.getCode(), null);
    Agency saved = agencies.saveAndFlush(agency);
    audit.record(
        AuditAction.CREATE,
        SUBJECT,
        saved.getId(),
        saved.getName(),
        saved.getId(),
        FieldChange.between(java.util.Map.of(), auditValues(saved)));
    return saved;
  }

  /** Saves an edited agency; refused if someone saved it since it was read. */
  @PreAuthorize("hasRole('DIRECTOR')")
  @Transactional
  public Agency update(Agency edited) {
    Agency managed =
        agencies
            .findById(edited.getId())
            .orElseThrow(() -> new java.util.NoSuchElementException("Agency not found"));
    if (managed.getVersion() != edited.getVersion()) {
      throw new OptimisticLockingFailureException(
          "Someone else saved "
              + managed.getName()
              + " after you opened it. Reload and try again.");
    }
    requireUniqueCode(edited.getCode(), managed.getId());
    var before = auditValues(managed);
    managed.setCode(edited.getCode());
    managed.setName(edited.getName());
    managed.setType(edited.getType());
    managed.setHomeCounty(edited.getHomeCounty());
    managed.setActive(edited.isActive());
    agencies.flush();
    var changes = FieldChange.between(before, auditValues(managed));
    if (!before.get("Name").equals(managed.getName())) {
      // Heard in this transaction by the roster, which keeps the agency name for sorting.
      events.publishEvent(new AgencyRenamed(managed.getId(), managed.getName()));
    }
    if (!changes.isEmpty()) {
      audit.record(
          AuditAction.UPDATE,
          SUBJECT,
          managed.getId(),
          managed.getName(),
          managed.getId(),
          changes);
    }
    return managed;
  }

  private void requireUniqueCode(String code, Long ownId) {
    agencies
        .findByCode(code)
        .filter(other -> !other.getId().equals(ownId))
        .ifPresent(other -> {
          throw new IllegalArgumentException(
              "the code " + code + " is already used by " + other.getName());
        });
  }

  static java.util.Map<String, String> auditValues(Agency agency) {
    var values = new java.util.LinkedHashMap<String, String>();
    values.put("Code", agency.getCode());
    values.put("Name", agency.getName());
    values.put("Type", agency.getType() == null ? null : agency.getType().label());
    values.put(
        "Home county", agency.getHomeCounty() == null ? null : agency.getHomeCounty().getName());
    values.put("Active", agency.isActive() ? "Yes" : "No");
    return values;
  }

  /** The agencies in the current person's scope, by name. */
  @PreAuthorize(Role.IN_PROGRAM)
  public List<Agency> agenciesInScope() {
    AccessScope scope = currentUser.scope();
    return agencies.findInScope(scope.statewide(), scope.agencyIdsForQuery(), BY_NAME);
  }

  @PreAuthorize(Role.IN_PROGRAM)
  public long countActiveAgenciesInScope() {
    AccessScope scope = currentUser.scope();
    return agencies.countActiveInScope(scope.statewide(), scope.agencyIdsForQuery());
  }

  /** An agency the current person may see; another agency's id reads as "not found". */
  @PreAuthorize(Role.IN_PROGRAM)
  public Optional<Agency> findInScope(Long id) {
    return agencies.findById(id).filter(a -> currentUser.scope().includes(a.getId()));
  }

  /**
   * Every agency, by name: names and codes are not confidential, and a counselor may serve an
   * agency outside the editor's scope as an additional agency (decision 015).
   */
  @PreAuthorize(Role.IN_PROGRAM)
  public List<Agency> allAgencies() {
    return agencies.findAll(BY_NAME);
  }

  /** The active agencies, by name: what a counselor may be added to as an additional agency. */
  @PreAuthorize(Role.IN_PROGRAM)
  public List<Agency> activeAgencies() {
    return allAgencies().stream().filter(Agency::isActive).toList();
  }

  /** Agencies by id, whatever the scope (see {@link #allAgencies()}). */
  @PreAuthorize(Role.IN_PROGRAM)
  public List<Agency> findAllById(Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : agencies.findAllById(ids);
  }

  /**
   * Agencies with their names and regions: every agency when {@code all}, else those in {@code
   * agencyIds} or in one of {@code regionCodes}. Names and regions are not scoped: the whole
   * state's agencies are listed to everyone signed in ({@link #allAgencies()}).
   */
  @PreAuthorize(Role.IN_PROGRAM)
  public List<AgencyPlace> places(
      boolean all, Collection<Long> agencyIds, Collection<String> regionCodes) {
    return agencies.places(
        all,
        agencyIds.isEmpty() ? List.of(-1L) : agencyIds,
        regionCodes.isEmpty() ? List.of("--") : regionCodes);
  }

  @PreAuthorize(Role.IN_PROGRAM)
  public Optional<Agency> findByCodeInScope(String code) {
    return agencies.findByCode(code).filter(a -> currentUser.scope().includes(a.getId()));
  }

  // AgencyDirectory: used at sign-in, before any scope exists.

  @Override
  public Optional<Long> agencyIdByCode(String code) {
    return agencies.findByCode(code).map(Agency::getId);
  }

  @Override
  public List<String> agencyNames(Collection<Long> agencyIds) {
    if (agencyIds.isEmpty()) {
      return List.of();
    }
    return agencies.findByIdIn(agencyIds, BY_NAME).stream().map(Agency::getName).toList();
  }
}
