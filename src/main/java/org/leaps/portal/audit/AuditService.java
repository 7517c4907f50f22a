package org.leaps.portal.audit;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leaps.portal.base.TimeConfiguration;
import org.leaps.portal.security.AccessScope;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records roster and agency actions and shows them within scope: the director and staff see all of
 * it, a liaison their agencies' events and their own actions. Recording joins the caller's
 * transaction, so a rolled-back change leaves no audit entry and a committed one always has one.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

  private final AuditEventRepository events;
  private final CurrentUser currentUser;
  private final Clock clock;

  AuditService(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
    this.events = events;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** Records an action on one record, with the fields it changed. */
  @PreAuthorize(Role.IN_PROGRAM)
  @Transactional
  public AuditEvent record(
      AuditAction action,
      String subjectType,
      Long subjectId,
      String subjectLabel,
      Long agencyId,
      List<FieldChange> changes) {
    AuditEvent event = newEvent(action, subjectType, subjectId, subjectLabel, agencyId);
    event.setChanges(changes);
    return events.save(event);
  }

  /** Records an import with its totals, or an export with the number of rows written. */
  @PreAuthorize(Role.IN_PROGRAM)
  @Transactional
  public AuditEvent recordBulk(
      AuditAction action,
      String subjectLabel,
      Long agencyId,
      int rowsTotal,
      int rowsCreated,
      int rowsUpdated,
      List<FieldChange> parameters) {
    AuditEvent event = newEvent(action, "Roster", null, subjectLabel, agencyId);
    event.setRowCounts(rowsTotal, rowsCreated, rowsUpdated);
    event.setChanges(parameters);
    return events.save(event);
  }

  private AuditEvent newEvent(
      AuditAction action, String subjectType, Long subjectId, String label, Long agencyId) {
    PortalUser actor = currentUser.require();
    return new AuditEvent(
        clock.instant(),
        actor.accountId(),
        actor.email(),
        actor.displayName(),
        action,
        subjectType,
        subjectId,
        label,
        agencyId);
  }

  /** A page of events in the caller's scope, newest first. */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')")
  public List<AuditEvent> page(AuditFilter filter, Pageable pageable) {
    Pageable newestFirst =
        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
    return events.findAll(inScope(filter), newestFirst).getContent();
  }

  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')")
  public long count(AuditFilter filter) {
    return events.count(inScope(filter));
  }

  /** The latest event about a record the caller may see, e.g. to say who changed it last. */
  @PreAuthorize(Role.IN_PROGRAM)
  public Optional<AuditEvent> latest(String subjectType, Long subjectId) {
    return events
        .findAll(
            inScope(AuditFilter.forSubject(subjectType, subjectId)).and(notAView()),
            PageRequest.of(0, 1, NEWEST_FIRST))
        .stream()
        .findFirst();
  }

  /**
   * The latest changes of one record, newest first, whoever's agency they were recorded under. Only
   * for a record the calling feature has just read in the caller's scope: a counselor who also
   * serves another agency is readable there, which the trail's own agency scope cannot know. Views
   * of the record are left out.
   */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')")
  public List<AuditEvent> changesOfReadableRecord(String subjectType, Long subjectId, int limit) {
    Specification<AuditEvent> ofRecord =
        (root, query, cb) ->
            cb.and(
                cb.equal(root.get("subjectType"), subjectType),
                cb.equal(root.get("subjectId"), subjectId));
    return events
        .findAll(ofRecord.and(notAView()), PageRequest.of(0, limit, NEWEST_FIRST))
        .getContent();
  }

  private static Specification<AuditEvent> notAView() {
    return (root, query, cb) -> cb.notEqual(root.get("action"), AuditAction.VIEW);
  }

  private Specification<AuditEvent> inScope(AuditFilter filter) {
    AccessScope scope = currentUser.scope();
    Long me = currentUser.get().map(PortalUser::accountId).orElse(-1L);
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (!scope.statewide()) {
        where.add(
            cb.or(
                root.get("agencyId").in(scope.agencyIdsForQuery()),
                cb.equal(root.get("actorAccountId"), me == null ? -1L : me)));
      }
      if (filter.action() != null) {
        where.add(cb.equal(root.get("action"), filter.action()));
      }
      if (filter.subjectType() != null) {
        where.add(cb.equal(root.get("subjectType"), filter.subjectType()));
      }
      if (filter.subjectId() != null) {
        where.add(cb.equal(root.get("subjectId"), filter.subjectId()));
      }
      if (filter.actorOrSubject() != null && !filter.actorOrSubject().isBlank()) {
        String like = escape(filter.actorOrSubject().trim()) + "%";
        where.add(
            cb.or(
                cb.like(root.get("actorName"), like, '\\'),
                cb.like(root.get("subjectLabel"), like, '\\')));
      }
      if (filter.from() != null) {
        where.add(
            cb.greaterThanOrEqualTo(
                root.get("occurredAt"),
                filter.from().atStartOfDay(TimeConfiguration.PROGRAM_ZONE).toInstant()));
      }
      if (filter.to() != null) {
        where.add(
            cb.lessThan(
                root.get("occurredAt"),
                filter.to().plusDays(1).atStartOfDay(TimeConfiguration.PROGRAM_ZONE).toInstant()));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
