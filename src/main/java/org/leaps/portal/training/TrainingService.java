package org.leaps.portal.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.audit.FieldChange;
import org.leaps.portal.counselor.CounselorTraining;
import org.leaps.portal.counselor.CounselorTraining.Trainee;
import org.leaps.portal.security.AccessScope;
import org.leaps.portal.security.CounselorDirectory;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training events, enrollment with a waitlist, attendance, check-in and completion. Liaisons enroll
 * and withdraw their own agencies' officers (scope checked here and in every query); the director
 * and staff run events and record attendance and completions. A completion writes the hours log,
 * and the counselor's training facts are derived from the log and applied through the counselor
 * module.
 */
@Service
@Transactional(readOnly = true)
public class TrainingService {

  static final String SUBJECT = "Training";
  private static final String STATEWIDE = "hasAnyRole('DIRECTOR', 'STAFF')";
  private static final String EDITORS = "hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')";
  private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  private final TrainingEventRepository events;
  private final EnrollmentRepository enrollments;
  private final HoursEntryRepository hours;
  private final CounselorTraining counselors;
  private final CounselorDirectory directory;
  private final AuditService audit;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  TrainingService(
      TrainingEventRepository events,
      EnrollmentRepository enrollments,
      HoursEntryRepository hours,
      CounselorTraining counselors,
      CounselorDirectory directory,
      AuditService audit,
      CurrentUser currentUser,
      ApplicationEventPublisher publisher,
      Clock clock) {
    this.events = events;
    this.enrollments = enrollments;
    this.hours = hours;
    this.counselors = counselors;
    this.directory = directory;
    this.audit = audit;
    this.currentUser = currentUser;
    this.publisher = publisher;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  // Events

  /**
   * Events of a kind (or all), upcoming first by start date then past ones, paged in the database.
   */
  @PreAuthorize(Role.IN_PROGRAM)
  public List<TrainingEvent> page(EventKind kind, boolean upcomingOnly, Pageable pageable) {
    Sort order =
        upcomingOnly
            ? Sort.by("startsOn", "id")
            : Sort.by(Sort.Order.desc("startsOn"), Sort.Order.desc("id"));
    return events
        .findAll(
            matching(kind, upcomingOnly),
            PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order))
        .getContent();
  }

  @PreAuthorize(Role.IN_PROGRAM)
  public long count(EventKind kind, boolean upcomingOnly) {
    return events.count(matching(kind, upcomingOnly));
  }

  private org.springframework.data.jpa.domain.Specification<TrainingEvent> matching(
      EventKind kind, boolean upcomingOnly) {
    LocalDate today = today();
    return (root, query, cb) -> {
      var where = new ArrayList<jakarta.persistence.criteria.Predicate>();
      if (kind != null) {
        where.add(cb.equal(root.get("kind"), kind));
      }
      if (upcomingOnly) {
        where.add(cb.greaterThanOrEqualTo(root.get("endsOn"), today));
      }
      return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
    };
  }

  @PreAuthorize(Role.IN_PROGRAM)
  public Optional<TrainingEvent> find(long eventId) {
    return events.findById(eventId);
  }

  /** Seats taken, the waitlist and check-ins of an event. */
  public record Seats(int capacity, long enrolled, long waitlisted, long checkedIn) {
    public long free() {
      return Math.max(0, capacity - enrolled);
    }
  }

  @PreAuthorize(Role.IN_PROGRAM)
  public Seats seats(long eventId) {
    TrainingEvent event = events.findById(eventId).orElseThrow();
    return new Seats(
        event.getCapacity(),
        enrollments.countByEventIdAndState(eventId, EnrollmentState.ENROLLED),
        enrollments.countByEventIdAndState(eventId, EnrollmentState.WAITLISTED),
        enrollments.countCheckedIn(eventId));
  }

  @PreAuthorize(STATEWIDE)
  @Transactional
  public TrainingEvent create(EventDraft draft) {
    draft.validate();
    TrainingEvent saved = events.saveAndFlush(new TrainingEvent(draft));
    audit.record(
        AuditAction.CREATE,
        SUBJECT,
        saved.getId(),
        saved.getTitle(),
        null,
        FieldChange.between(java.util.Map.of(), values(saved)));
    return saved;
  }

  /**
   * Changes an event. Fewer seats than are taken is refused; more seats move people up from the
   * waitlist in order.
   */
  @PreAuthorize(STATEWIDE)
  @Transactional(isolation = Isolation.READ_COMMITTED)
  public TrainingEvent update(long eventId, long expectedVersion, EventDraft draft) {
    draft.validate();
    TrainingEvent event = events.lockById(eventId).orElseThrow(notFound("Event"));
    if (event.getVersion() != expectedVersion) {
      throw new org.springframework.dao.OptimisticLockingFailureException(
          "Someone else saved this event after you opened it. Reload and try again.");
    }
    long enrolled = enrollments.countByEventIdAndState(eventId, EnrollmentState.ENROLLED);
    if (draft.capacity() < enrolled) {
      throw new TrainingInputException(
          "capacity",
          "Capacity: " + enrolled + " people are enrolled; withdraw some before lowering it");
    }
    var before = values(event);
    event.apply(draft);
    events.flush();
    promote(event);
    var changes = FieldChange.between(before, values(event));
    if (!changes.isEmpty()) {
      audit.record(AuditAction.UPDATE, SUBJECT, event.getId(), event.getTitle(), null, changes);
    }
    return event;
  }

  private static java.util.Map<String, String> values(TrainingEvent e) {
    var v = new java.util.LinkedHashMap<String, String>();
    v.put("Kind", e.getKind().label());
    v.put("Title", e.getTitle());
    v.put("Starts", e.getStartsOn().toString());
    v.put("Ends", e.getEndsOn().toString());
    v.put("Place", e.getPlace());
    v.put("Capacity", String.valueOf(e.getCapacity()));
    v.put("Credit hours", String.valueOf(e.getCreditHours()));
    return v;
  }

  // Enrollment

  /** Enrolls a counselor of the caller's agency; a full event puts them on the waitlist. */
  @PreAuthorize(EDITORS)
  @Transactional(isolation = Isolation.READ_COMMITTED)
  public Enrollment enrollCounselor(long eventId, long counselorId) {
    Trainee trainee =
        counselors
            .trainee(counselorId)
            .orElseThrow(() -> new TrainingInputException("counselor", "Counselor: not found"));
    return enroll(
        eventId,
        new Enrollment.Person(
            trainee.counselorId(),
            trainee.agencyId(),
            trainee.firstName(),
            trainee.lastName(),
            trainee.email().toLowerCase(Locale.ROOT)));
  }

  /**
   * Enrolls an officer by name, email and agency. An officer who is already a counselor is enrolled
   * as that counselor, provided their agency is the caller's.
   */
  @PreAuthorize(EDITORS)
  @Transactional(isolation = Isolation.READ_COMMITTED)
  public Enrollment enrollOfficer(
      long eventId, String firstName, String lastName, String email, Long agencyId) {
    String first = firstName == null ? "" : firstName.trim();
    String last = lastName == null ? "" : lastName.trim();
    String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    if (first.isEmpty() || first.length() > 60) {
      throw new TrainingInputException("firstName", "First name: enter 1 to 60 characters");
    }
    if (last.isEmpty() || last.length() > 60) {
      throw new TrainingInputException("lastName", "Last name: enter 1 to 60 characters");
    }
    if (!address.matches(EMAIL) || address.length() > 254) {
      throw new TrainingInputException(
          "email", "Email: enter an address such as name@agency.ms.gov");
    }
    if (agencyId == null) {
      throw new TrainingInputException("agency", "Agency: choose the officer's agency");
    }
    if (!currentUser.scope().includes(agencyId)) {
      throw new AccessDeniedException("You can only enroll officers of your own agency");
    }
    var existing = directory.findByEmail(address);
    if (existing.isPresent()) {
      if (!currentUser.scope().includes(existing.get().agencyId())) {
        throw new AccessDeniedException(
            "This email belongs to a counselor of another agency; their liaison enrolls them");
      }
      return enrollCounselor(eventId, existing.get().counselorId());
    }
    return enroll(eventId, new Enrollment.Person(null, agencyId, first, last, address));
  }

  private Enrollment enroll(long eventId, Enrollment.Person person) {
    if (!currentUser.scope().includes(person.agencyId())) {
      throw new AccessDeniedException("You can only enroll officers of your own agency");
    }
    TrainingEvent event = events.lockById(eventId).orElseThrow(notFound("Event"));
    if (event.getEndsOn().isBefore(today())) {
      throw new TrainingInputException("event", "This event is over; enrollment is closed");
    }
    Optional<Enrollment> earlier =
        person.counselorId() != null
            ? enrollments.findByEventIdAndCounselorId(eventId, person.counselorId())
            : Optional.empty();
    if (earlier.isEmpty()) {
      earlier = enrollments.findByEventIdAndEmail(eventId, person.email());
    }
    long enrolled = enrollments.countByEventIdAndState(eventId, EnrollmentState.ENROLLED);
    long waiting = enrollments.countByEventIdAndState(eventId, EnrollmentState.WAITLISTED);
    EnrollmentState state =
        enrolled < event.getCapacity() && waiting == 0
            ? EnrollmentState.ENROLLED
            : EnrollmentState.WAITLISTED;
    Instant now = clock.instant();
    Enrollment saved;
    if (earlier.isPresent()) {
      Enrollment e = earlier.get();
      if (e.getState() != EnrollmentState.WITHDRAWN) {
        throw new TrainingInputException(
            "email",
            e.getFullName()
                + " is already "
                + (e.getState() == EnrollmentState.ENROLLED ? "enrolled in" : "on the waitlist of")
                + " this event");
      }
      e.rejoin(person.counselorId(), state, now);
      saved = e;
    } else {
      saved = enrollments.save(new Enrollment(event, person, state, now));
    }
    enrollments.flush();
    publisher.publishEvent(new EnrollmentChanged(eventId, saved.getId()));
    return saved;
  }

  /**
   * Withdraws an enrollment in the caller's scope. A freed seat goes to the first on the waitlist.
   * The event is locked meanwhile, so simultaneous withdrawals promote exactly as many people, in
   * order.
   */
  @PreAuthorize(EDITORS)
  @Transactional(isolation = Isolation.READ_COMMITTED)
  public Enrollment withdraw(long enrollmentId) {
    AccessScope scope = currentUser.scope();
    Long eventId =
        enrollments
            .eventIdInScope(enrollmentId, scope.statewide(), scope.agencyIdsForQuery())
            .orElseThrow(notFound("Enrollment"));
    TrainingEvent event = events.lockById(eventId).orElseThrow(notFound("Event"));
    // Read only now, under the lock (read committed): another withdrawal may have changed it.
    Enrollment em = enrollments.findById(enrollmentId).orElseThrow(notFound("Enrollment"));
    if (em.getState() == EnrollmentState.WITHDRAWN) {
      throw new TrainingInputException("state", em.getFullName() + " has already withdrawn");
    }
    if (em.getCompletedOn() != null) {
      throw new TrainingInputException(
          "state", em.getFullName() + " has completed this event and cannot withdraw");
    }
    boolean heldSeat = em.getState() == EnrollmentState.ENROLLED;
    em.setState(EnrollmentState.WITHDRAWN);
    enrollments.flush();
    if (heldSeat) {
      promote(event);
    }
    publisher.publishEvent(new EnrollmentChanged(event.getId(), em.getId()));
    return em;
  }

  /** Fills free seats from the waitlist, first come first served. The event must be locked. */
  private void promote(TrainingEvent event) {
    long enrolled = enrollments.countByEventIdAndState(event.getId(), EnrollmentState.ENROLLED);
    while (enrolled < event.getCapacity()) {
      Optional<Enrollment> next =
          enrollments.findFirstByEventIdAndStateOrderByRequestedAtAscIdAsc(
              event.getId(), EnrollmentState.WAITLISTED);
      if (next.isEmpty()) {
        return;
      }
      next.get().setState(EnrollmentState.ENROLLED);
      enrollments.flush();
      publisher.publishEvent(new EnrollmentChanged(event.getId(), next.get().getId()));
      enrolled++;
    }
  }

  /** The enrollments of an event that the caller may see, enrolled first, then the waitlist. */
  @PreAuthorize(EDITORS)
  public List<Enrollment> enrollments(long eventId, String search, Pageable pageable) {
    AccessScope scope = currentUser.scope();
    return enrollments.pageOfEvent(
        eventId, like(search), scope.statewide(), scope.agencyIdsForQuery(), pageable);
  }

  @PreAuthorize(EDITORS)
  public long countEnrollments(long eventId, String search) {
    AccessScope scope = currentUser.scope();
    return enrollments.countOfEvent(
        eventId, like(search), scope.statewide(), scope.agencyIdsForQuery());
  }

  // Attendance, check-in and completion (staff, statewide)

  /** What a check-in did. */
  public record CheckIn(Outcome outcome, String name, String by, Instant at) {
    public enum Outcome {
      CHECKED_IN,
      ALREADY_CHECKED_IN,
      NOT_ENROLLED
    }
  }

  /** The check-in list: enrolled people whose name or email starts with {@code search}. */
  @PreAuthorize(STATEWIDE)
  public List<Enrollment> checkInList(long eventId, String search, Pageable pageable) {
    return enrollments.checkInPage(eventId, like(search), pageable);
  }

  @PreAuthorize(STATEWIDE)
  public long countCheckInList(long eventId, String search) {
    return enrollments.countCheckIn(eventId, like(search));
  }

  /**
   * Records attendance (a check-in). Only an enrolled person can attend; someone checked in already
   * is not checked in twice, whoever tapped first wins.
   */
  @PreAuthorize(STATEWIDE)
  @Transactional(isolation = Isolation.READ_COMMITTED)
  public CheckIn checkIn(long enrollmentId) {
    Enrollment e = enrollments.findById(enrollmentId).orElseThrow(notFound("Enrollment"));
    if (e.getState() != EnrollmentState.ENROLLED) {
      throw new TrainingInputException(
          "attendance",
          "Attendance: "
              + e.getFullName()
              + " is not enrolled ("
              + e.getState().label().toLowerCase(Locale.ROOT)
              + ")");
    }
    PortalUser me = currentUser.require();
    Instant now = clock.instant();
    if (enrollments.claimCheckIn(enrollmentId, now, me.displayName()) == 1) {
      publisher.publishEvent(new EnrollmentChanged(e.getEventId(), enrollmentId));
      return new CheckIn(CheckIn.Outcome.CHECKED_IN, e.getFullName(), me.displayName(), now);
    }
    // Read committed: the other desk's check-in is visible here.
    Enrollment current = enrollments.findById(enrollmentId).orElseThrow();
    if (current.getCheckedInAt() != null) {
      return new CheckIn(
          CheckIn.Outcome.ALREADY_CHECKED_IN,
          current.getFullName(),
          current.getCheckedInBy(),
          current.getCheckedInAt());
    }
    return new CheckIn(CheckIn.Outcome.NOT_ENROLLED, current.getFullName(), null, null);
  }

  /** Takes back an attendance recorded by mistake (not after completion); audited. */
  @PreAuthorize(STATEWIDE)
  @Transactional
  public void clearAttendance(long enrollmentId) {
    Enrollment e = enrollments.findById(enrollmentId).orElseThrow(notFound("Enrollment"));
    if (e.getCompletedOn() != null) {
      throw new TrainingInputException(
          "attendance", "Attendance: " + e.getFullName() + " has completed; correct the hours");
    }
    if (enrollments.clearCheckIn(enrollmentId) == 1) {
      audit.record(
          AuditAction.UPDATE,
          SUBJECT,
          e.getEventId(),
          e.getFullName(),
          e.getAgencyId(),
          List.of(new FieldChange("Attendance", "Attended", "Not attended")));
      publisher.publishEvent(new EnrollmentChanged(e.getEventId(), enrollmentId));
    }
  }

  /**
   * Records that an attendee completed the event on a date (not in the future, not before it
   * started). Writes the hours log, links or creates the counselor record (the basic course creates
   * one, inactive until designated), and applies the derived training facts.
   */
  @PreAuthorize(STATEWIDE)
  @Transactional
  public HoursEntry complete(long enrollmentId, LocalDate completedOn) {
    Enrollment e = enrollments.findById(enrollmentId).orElseThrow(notFound("Enrollment"));
    TrainingEvent event = e.getEvent();
    if (completedOn == null) {
      throw new TrainingInputException("completedOn", "Completion date: choose the date");
    }
    if (completedOn.isAfter(today())) {
      throw new TrainingInputException("completedOn", "Completion date: cannot be in the future");
    }
    if (completedOn.isBefore(event.getStartsOn())) {
      throw new TrainingInputException(
          "completedOn", "Completion date: cannot be before the event started");
    }
    if (e.getState() != EnrollmentState.ENROLLED) {
      throw new TrainingInputException(
          "attendance", "Completion: " + e.getFullName() + " is not enrolled");
    }
    if (!e.isAttended()) {
      throw new TrainingInputException(
          "attendance", "Completion: record " + e.getFullName() + "'s attendance first");
    }
    if (e.getCompletedOn() != null) {
      throw new TrainingInputException(
          "completedOn", "Completion: " + e.getFullName() + " has already completed");
    }
    e.complete(completedOn);
    Long counselorId = e.getCounselorId();
    if (counselorId == null) {
      counselorId = counselors.traineeByEmail(e.getEmail()).map(Trainee::counselorId).orElse(null);
    }
    String source = "Training log: " + event.getTitle();
    if (counselorId == null && event.getKind() == EventKind.BASIC_COURSE) {
      counselorId =
          counselors
              .createFromBasicCourse(
                  e.getFirstName(), e.getLastName(), e.getEmail(), e.getAgencyId(), source)
              .counselorId();
    }
    if (counselorId != null) {
      linkEarlierEntries(e.getEmail(), counselorId);
      e.linkCounselor(counselorId);
      carryOverHandKeptFacts(counselorId, e);
    }
    HoursEntry entry =
        hours.save(
            new HoursEntry(
                counselorId,
                e.getEmail(),
                e.getAgencyId(),
                e.getId(),
                HoursKind.of(event.getKind()),
                event.getTitle(),
                event.getCreditHours(),
                completedOn,
                null,
                clock.instant(),
                currentUser.require().displayName()));
    hours.flush();
    audit.record(
        AuditAction.UPDATE,
        SUBJECT,
        event.getId(),
        e.getFullName(),
        e.getAgencyId(),
        List.of(
            new FieldChange("Event", null, event.getTitle()),
            new FieldChange("Completed", null, completedOn.toString()),
            new FieldChange("Credit hours", null, String.valueOf(event.getCreditHours()))));
    if (counselorId != null) {
      applyFacts(counselorId, e.getAgencyId(), event.getKind() == EventKind.BASIC_COURSE, source);
    }
    publisher.publishEvent(new EnrollmentChanged(event.getId(), e.getId()));
    return entry;
  }

  /**
   * Corrects an hours-log line (hours or date), audited with old and new values; the counselor's
   * facts follow.
   */
  @PreAuthorize(STATEWIDE)
  @Transactional
  public HoursEntry correct(long entryId, int newHours, LocalDate newDate) {
    HoursEntry entry = hours.findById(entryId).orElseThrow(notFound("Hours entry"));
    if (newHours < 0 || newHours > 200) {
      throw new TrainingInputException("hours", "Hours: enter 0 to 200");
    }
    if (newDate == null || newDate.isAfter(today())) {
      throw new TrainingInputException("completedOn", "Completion date: cannot be in the future");
    }
    var changes = new ArrayList<FieldChange>();
    if (entry.getHours() != newHours) {
      changes.add(
          new FieldChange(
              "Credit hours", String.valueOf(entry.getHours()), String.valueOf(newHours)));
    }
    if (!entry.getCompletedOn().equals(newDate)) {
      changes.add(
          new FieldChange("Completed", entry.getCompletedOn().toString(), newDate.toString()));
    }
    if (changes.isEmpty()) {
      return entry;
    }
    entry.correct(newHours, newDate);
    hours.flush();
    changes.addFirst(new FieldChange("Event", null, entry.getTitle()));
    audit.record(
        AuditAction.UPDATE,
        "Training hours",
        entry.getId(),
        entry.getEmail(),
        entry.getAgencyId(),
        changes);
    if (entry.getCounselorId() != null) {
      applyFacts(
          entry.getCounselorId(),
          entry.getAgencyId(),
          false,
          "Training log correction: " + entry.getTitle());
    }
    return entry;
  }

  private void linkEarlierEntries(String email, long counselorId) {
    for (HoursEntry earlier : hours.findByEmailAndCounselorIdIsNull(email)) {
      earlier.linkCounselor(counselorId);
    }
    for (Enrollment earlier : enrollments.findByEmailAndCounselorIdIsNull(email)) {
      earlier.linkCounselor(counselorId);
    }
  }

  /**
   * A counselor whose record was kept by hand gets one log line with those facts first, so the log
   * explains everything the record will say.
   */
  private void carryOverHandKeptFacts(long counselorId, Enrollment e) {
    counselors
        .handKeptFacts(counselorId)
        .filter(f -> f.basicCourseDate() != null)
        .ifPresent(f ->
            hours.save(
                new HoursEntry(
                    counselorId,
                    e.getEmail(),
                    e.getAgencyId(),
                    null,
                    HoursKind.CARRIED_OVER,
                    "Kept by hand before the training log",
                    f.continuingEducationHours(),
                    f.basicCourseDate(),
                    f.recertificationDue(),
                    clock.instant(),
                    currentUser.require().displayName())));
  }

  private void applyFacts(long counselorId, long agencyId, boolean basicCourse, String source) {
    var facts =
        RecertificationRule.derive(
            hours.findByCounselorIdOrderByCompletedOnDescIdDesc(counselorId).stream()
                .map(HoursEntry::ruleEntry)
                .toList());
    var changes =
        counselors.applyTrainingFacts(
            counselorId,
            new CounselorTraining.TrainingFacts(
                facts.basicCourseDate(),
                facts.continuingEducationHours(),
                facts.recertificationDue()),
            basicCourse,
            source);
    if (!changes.isEmpty()) {
      publisher.publishEvent(new CounselorTrainingChanged(counselorId, agencyId));
    }
  }

  // A counselor's own history

  /** A counselor's hours log, newest first: their own, or one in the caller's scope. */
  @PreAuthorize(Role.IN_PROGRAM)
  public List<HoursEntry> history(long counselorId) {
    if (counselors.standing(counselorId).isEmpty()) {
      return List.of();
    }
    return hours.findByCounselorIdOrderByCompletedOnDescIdDesc(counselorId);
  }

  /** The derived facts with the hours toward the next renewal. */
  @PreAuthorize(Role.IN_PROGRAM)
  public RecertificationRule.Facts derivedFacts(long counselorId) {
    return RecertificationRule.derive(
        history(counselorId).stream().map(HoursEntry::ruleEntry).toList());
  }

  /** Upcoming and past enrollments of a counselor (their own or in scope). */
  @PreAuthorize(Role.IN_PROGRAM)
  public List<Enrollment> enrollmentsOf(long counselorId) {
    if (counselors.standing(counselorId).isEmpty()) {
      return List.of();
    }
    return enrollments.findByCounselorIdWithEvent(counselorId);
  }

  static String like(String search) {
    if (search == null || search.isBlank()) {
      return null;
    }
    return search.trim().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }

  private static java.util.function.Supplier<NoSuchElementException> notFound(String what) {
    return () -> new NoSuchElementException(what + " not found");
  }
}
