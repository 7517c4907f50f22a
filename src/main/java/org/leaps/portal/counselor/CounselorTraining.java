package org.leaps.portal.counselor;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.audit.FieldChange;
import org.leaps.portal.security.AccessScope;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the training module may know and change about counselors (decision 081): who a trainee is,
 * their training standing with the privilege-eligible verdict of {@link
 * Counselor#isPrivilegeEligible}, who is due for recertification, and applying the training facts
 * derived from the hours log. Records only; the entity stays in this module.
 */
@Service
@Transactional(readOnly = true)
public class CounselorTraining {

  private static final String STATEWIDE = "hasAnyRole('DIRECTOR', 'STAFF')";
  private static final String EDITORS = "hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')";
  private static final String IN_SCOPE = "(:statewide = true or c.agency.id in :agencyIds)";

  @PersistenceContext private EntityManager entityManager;

  private final CounselorRepository counselors;
  private final CurrentUser currentUser;
  private final AuditService audit;
  private final AgencyService agencies;
  private final Clock clock;

  CounselorTraining(
      CounselorRepository counselors,
      CurrentUser currentUser,
      AuditService audit,
      AgencyService agencies,
      Clock clock) {
    this.counselors = counselors;
    this.currentUser = currentUser;
    this.audit = audit;
    this.agencies = agencies;
    this.clock = clock;
  }

  /** A counselor as a trainee: who they are and their primary agency. */
  public record Trainee(
      long counselorId,
      long agencyId,
      String firstName,
      String lastName,
      String email,
      CounselorStatus status) {}

  /** The facts the training module derives from the hours log. */
  public record TrainingFacts(
      LocalDate basicCourseDate, int continuingEducationHours, LocalDate recertificationDue) {}

  /** Where a counselor stands, for their own view and the record form. */
  public record Standing(
      long counselorId,
      String fullName,
      long agencyId,
      String agencyName,
      CounselorStatus status,
      LocalDate basicCourseDate,
      LocalDate designationDate,
      LocalDate recertificationDue,
      int continuingEducationHours,
      boolean trainingFromLog,
      boolean privilegeEligible) {}

  /** One counselor due for recertification, with today's privilege-eligible verdict. */
  public record DueRow(
      long counselorId,
      String firstName,
      String lastName,
      String email,
      long agencyId,
      String agencyName,
      LocalDate recertificationDue,
      boolean privilegeEligible) {

    public String fullName() {
      return firstName + " " + lastName;
    }
  }

  /**
   * A counselor whose primary agency is in the caller's scope; another agency's id reads as empty
   * (the query itself filters on the scope).
   */
  @PreAuthorize(EDITORS)
  public Optional<Trainee> trainee(long counselorId) {
    AccessScope scope = currentUser.scope();
    return counselors
        .findByIdInScope(counselorId, scope.statewide(), scope.agencyIdsForQuery())
        .map(CounselorTraining::trainee);
  }

  /** The counselor with this email, whatever the agency: staff record completions statewide. */
  @PreAuthorize(STATEWIDE)
  public Optional<Trainee> traineeByEmail(String email) {
    return email == null || email.isBlank()
        ? Optional.empty()
        : counselors.findByEmailIgnoreCase(email.trim()).map(CounselorTraining::trainee);
  }

  private static Trainee trainee(Counselor c) {
    return new Trainee(
        c.getId(),
        c.getAgency().getId(),
        c.getFirstName(),
        c.getLastName(),
        c.getEmail(),
        c.getStatus());
  }

  /**
   * A counselor's standing: statewide staff and liaisons who may see the record, and a counselor
   * for their own record only.
   */
  @PreAuthorize("isAuthenticated()")
  public Optional<Standing> standing(long counselorId) {
    PortalUser user = currentUser.require();
    boolean editor = user.isStatewide() || user.has(Role.LIAISON);
    if (!editor && !Long.valueOf(counselorId).equals(user.counselorId())) {
      return Optional.empty();
    }
    AccessScope scope = currentUser.scope();
    Optional<Counselor> found =
        editor
            ? counselors.findByIdVisibleInScope(
                counselorId, scope.statewide(), scope.agencyIdsForQuery())
            : counselors.findById(counselorId);
    LocalDate today = LocalDate.now(clock);
    return found.map(c ->
        new Standing(
            c.getId(),
            c.getFullName(),
            c.getAgency().getId(),
            c.getAgency().getName(),
            c.getStatus(),
            c.getBasicCourseDate(),
            c.getDesignationDate(),
            c.getRecertificationDue(),
            c.getContinuingEducationHours(),
            c.isTrainingFromLog(),
            c.isPrivilegeEligible(today)));
  }

  /**
   * The facts of a record kept by hand, before the hours log takes it over, so they can be carried
   * into the log; empty once the record follows the log.
   */
  @PreAuthorize(STATEWIDE)
  public Optional<TrainingFacts> handKeptFacts(long counselorId) {
    return counselors
        .findById(counselorId)
        .filter(c -> !c.isTrainingFromLog())
        .map(c ->
            new TrainingFacts(
                c.getBasicCourseDate(),
                c.getContinuingEducationHours(),
                c.getRecertificationDue()));
  }

  /**
   * Creates the counselor record of an officer who completed the basic course: inactive until the
   * agency head designates them, in the agency's home county until someone says otherwise.
   */
  @PreAuthorize(STATEWIDE)
  @Transactional
  public Trainee createFromBasicCourse(
      String firstName, String lastName, String email, long agencyId, String source) {
    var agency =
        agencies
            .findInScope(agencyId)
            .orElseThrow(() -> new java.util.NoSuchElementException("Agency not found"));
    Counselor counselor =
        new Counselor(firstName, lastName, agency, agency.getHomeCounty(), email.trim());
    counselor.setStatus(CounselorStatus.INACTIVE);
    counselor.markTrainingFromLog();
    Counselor saved = counselors.saveAndFlush(counselor);
    List<FieldChange> changes = new ArrayList<>();
    changes.add(new FieldChange("Source", null, source));
    changes.addAll(FieldChange.between(Map.of(), saved.auditValues()));
    audit.record(
        AuditAction.CREATE,
        CounselorService.SUBJECT,
        saved.getId(),
        saved.getFullName(),
        agency.getId(),
        changes);
    return trainee(saved);
  }

  /**
   * Sets the course date, continuing-education hours and recertification due date from the hours
   * log, and from then on keeps them out of the form and the import. With {@code
   * activateIfDesignated}, an inactive counselor whom the agency head has designated goes back on
   * the active roster (after completing the basic course). Audited with {@code source}; returns the
   * fields that changed (none: nothing written).
   */
  @PreAuthorize(STATEWIDE)
  @Transactional
  public List<FieldChange> applyTrainingFacts(
      long counselorId, TrainingFacts facts, boolean activateIfDesignated, String source) {
    Counselor c =
        counselors
            .findById(counselorId)
            .orElseThrow(() -> new java.util.NoSuchElementException("Counselor not found"));
    Map<String, String> before = c.auditValues();
    boolean wasFromLog = c.isTrainingFromLog();
    c.setBasicCourseDate(facts.basicCourseDate());
    c.setContinuingEducationHours(facts.continuingEducationHours());
    c.setRecertificationDue(facts.recertificationDue());
    c.markTrainingFromLog();
    if (activateIfDesignated
        && c.getStatus() == CounselorStatus.INACTIVE
        && c.getDesignationDate() != null) {
      c.setStatus(CounselorStatus.ACTIVE);
    }
    List<FieldChange> changes = FieldChange.between(before, c.auditValues());
    if (changes.isEmpty() && wasFromLog) {
      return changes;
    }
    counselors.flush();
    List<FieldChange> recorded = new ArrayList<>();
    recorded.add(new FieldChange("Source", null, source));
    recorded.addAll(changes);
    audit.record(
        AuditAction.UPDATE,
        CounselorService.SUBJECT,
        c.getId(),
        c.getFullName(),
        c.getAgency().getId(),
        recorded);
    return changes;
  }

  /**
   * Active counselors in the caller's scope (primary agency) whose recertification falls due
   * between {@code from} and {@code to} (both inclusive, either open), soonest first.
   */
  @PreAuthorize(EDITORS)
  public List<DueRow> dueBetween(
      LocalDate from, LocalDate to, Long agencyId, int offset, int limit) {
    TypedQuery<Counselor> query =
        dueQuery(
            "select c from Counselor c",
            from,
            to,
            agencyId,
            Counselor.class,
            " order by c.recertificationDue, c.lastName, c.firstName, c.id");
    query.setFirstResult(offset);
    query.setMaxResults(limit);
    LocalDate today = LocalDate.now(clock);
    return query.getResultList().stream()
        .map(c ->
            new DueRow(
                c.getId(),
                c.getFirstName(),
                c.getLastName(),
                c.getEmail(),
                c.getAgency().getId(),
                c.getAgency().getName(),
                c.getRecertificationDue(),
                c.isPrivilegeEligible(today)))
        .toList();
  }

  @PreAuthorize(EDITORS)
  public long countDueBetween(LocalDate from, LocalDate to, Long agencyId) {
    return dueQuery("select count(c) from Counselor c", from, to, agencyId, Long.class, "")
        .getSingleResult();
  }

  private <T> TypedQuery<T> dueQuery(
      String select, LocalDate from, LocalDate to, Long agencyId, Class<T> type, String order) {
    AccessScope scope = currentUser.scope();
    StringBuilder jpql =
        new StringBuilder(select)
            .append(" where c.status = :active and c.recertificationDue is not null and ")
            .append(IN_SCOPE);
    if (from != null) {
      jpql.append(" and c.recertificationDue >= :from");
    }
    if (to != null) {
      jpql.append(" and c.recertificationDue <= :to");
    }
    if (agencyId != null) {
      jpql.append(" and c.agency.id = :agencyId");
    }
    TypedQuery<T> query = entityManager.createQuery(jpql + order, type);
    query.setParameter("active", CounselorStatus.ACTIVE);
    query.setParameter("statewide", scope.statewide());
    query.setParameter("agencyIds", scope.agencyIdsForQuery());
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    if (agencyId != null) {
      query.setParameter("agencyId", agencyId);
    }
    return query;
  }
}
