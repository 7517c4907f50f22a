package org.leaps.portal.availability;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.audit.FieldChange;
import org.leaps.portal.base.TimeConfiguration;
import org.leaps.portal.counselor.CounselorDirectoryFacts;
import org.leaps.portal.counselor.CounselorName;
import org.leaps.portal.counselor.CounselorPlacement;
import org.leaps.portal.counselor.CounselorPlacements;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.security.AccessScope;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.Role;
import org.leaps.portal.security.RunAs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counselors keep their own availability; the director and staff may mark a counselor deployed;
 * director, staff and liaisons ask who can respond now and see statewide coverage. A counselor is
 * always the signed-in person's own record: no method takes another counselor's id except the
 * deployment ones, which only the director and staff may call.
 */
@Service
@Transactional(readOnly = true)
public class AvailabilityService {

  static final ZoneId ZONE = TimeConfiguration.PROGRAM_ZONE;
  private static final Duration LONGEST_STATUS = Duration.ofDays(30);
  static final String AUDIT_SUBJECT = "Availability";

  /** Nearest first; then available before on call, pick-me, privilege-eligible; then id. */
  private static final Comparator<AvailabilityIndex.Candidate> RANKING =
      (a, b) -> {
        int c = Double.compare(a.distanceKm(), b.distanceKm());
        if (c != 0) {
          return c;
        }
        c =
            Boolean.compare(
                a.status() != AvailabilityStatus.AVAILABLE,
                b.status() != AvailabilityStatus.AVAILABLE);
        if (c != 0) {
          return c;
        }
        c = Boolean.compare(!a.pickMe(), !b.pickMe());
        if (c != 0) {
          return c;
        }
        c = Boolean.compare(!a.privilegeEligible(), !b.privilegeEligible());
        return c != 0 ? c : Long.compare(a.counselorId(), b.counselorId());
      };

  private final CounselorAvailabilityRepository repository;
  private final AvailabilityIndex index;
  private final GeographyService geography;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final ObjectProvider<CalloutHistory> calloutHistory;
  private final AuditService audit;
  private final ApplicationEventPublisher events;
  private final CounselorService counselors;
  private final CounselorPlacements placements;

  AvailabilityService(
      CounselorAvailabilityRepository repository,
      AvailabilityIndex index,
      GeographyService geography,
      CurrentUser currentUser,
      Clock clock,
      ObjectProvider<CalloutHistory> calloutHistory,
      AuditService audit,
      ApplicationEventPublisher events,
      CounselorService counselors,
      CounselorPlacements placements) {
    this.audit = audit;
    this.events = events;
    this.counselors = counselors;
    this.placements = placements;
    this.repository = repository;
    this.index = index;
    this.geography = geography;
    this.currentUser = currentUser;
    this.clock = clock;
    this.calloutHistory = calloutHistory;
  }

  /** The signed-in counselor's own settings and what applies now. */
  public record MyAvailability(Long counselorId, AvailabilityPlan plan, EffectiveStatus now) {}

  /** A counselor whom the director or staff marked deployed. */
  public record Deployment(Long counselorId, String name, Instant until) {}

  // --- the counselor's own availability --------------------------------------------------------

  @PreAuthorize("hasRole('COUNSELOR')")
  public MyAvailability mine() {
    Long counselorId = ownCounselorId();
    AvailabilityPlan plan =
        repository
            .findByCounselorId(counselorId)
            .map(CounselorAvailability::plan)
            .orElse(AvailabilityPlan.NONE);
    return new MyAvailability(counselorId, plan, plan.at(clock.instant(), ZONE));
  }

  /**
   * Sets the counselor's own status, optionally until an instant after which the weekly schedule
   * applies again. Deployed is not theirs to set, nor to clear.
   */
  @PreAuthorize("hasRole('COUNSELOR')")
  @Transactional
  public MyAvailability setMyStatus(AvailabilityStatus status, Instant until) {
    if (status == null) {
      throw new AvailabilityInputException("Status", "choose Available, On call or Unavailable");
    }
    if (status == AvailabilityStatus.DEPLOYED) {
      throw new AccessDeniedException("Only the director or staff mark a counselor deployed");
    }
    Instant now = clock.instant();
    if (until != null && !until.isAfter(now)) {
      throw new AvailabilityInputException("Until", "must be in the future");
    }
    if (until != null && until.isAfter(now.plus(LONGEST_STATUS))) {
      throw new AvailabilityInputException(
          "Until", "must be within 30 days; use date exceptions for longer absences");
    }
    Instant end = until == null ? null : until.truncatedTo(ChronoUnit.SECONDS);
    Long counselorId = ownCounselorId();
    var held = index.heldPlan(counselorId);
    if (held.isPresent()
        && repository.setStatusUnlessDeployed(counselorId, status.name(), end, now) == 1) {
      // The most frequent change, in one statement: no read of the row and its schedule, no
      // flush of the entity (decision 127). No row yet, or deployed: the full path below.
      events.publishEvent(new AvailabilitySettingsChanged(counselorId));
      index.statusSetInThisTransaction(counselorId, status, end);
      AvailabilityPlan plan = held.get().withStatus(status, end);
      return new MyAvailability(counselorId, plan, plan.at(now, ZONE));
    }
    return changeOwn(true, a -> a.setStatus(status, end, now));
  }

  /** Drops the set status, so the weekly schedule and exceptions apply again. */
  @PreAuthorize("hasRole('COUNSELOR')")
  @Transactional
  public MyAvailability followMySchedule() {
    return changeOwn(true, a -> a.setStatus(null, null, clock.instant()));
  }

  /** Adds the same on-call window to each chosen day. */
  @PreAuthorize("hasRole('COUNSELOR')")
  @Transactional
  public MyAvailability addWindows(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
    if (days == null || days.isEmpty()) {
      throw new AvailabilityInputException("Days", "choose at least one day");
    }
    if (from == null) {
      throw new AvailabilityInputException("From", "enter a start time");
    }
    if (to == null) {
      throw new AvailabilityInputException("To", "enter an end time");
    }
    if (from.equals(to)) {
      throw new AvailabilityInputException("To", "must differ from From");
    }
    return changeOwn(
        false,
        a -> {
          for (DayOfWeek day : days) {
            a.getWindows().add(new WeeklyWindow(day, from, to));
          }
          if (a.getWindows().size() > 28) {
            throw new AvailabilityInputException("Days", "at most 28 on-call windows");
          }
        });
  }

  @PreAuthorize("hasRole('COUNSELOR')")
  @Transactional
  public MyAvailability removeWindow(WeeklyWindow window) {
    return changeOwn(false, a -> a.getWindows().remove(window));
  }

  /** Whole days away, first to last inclusive, in Central time. */
  @PreAuthorize("hasRole('COUNSELOR')")
  @Transactional
  public MyAvailability addException(ExceptionKind kind, LocalDate first, LocalDate last) {
    if (kind == null) {
      throw new AvailabilityInputException("Reason", "choose vacation, training or other");
    }
    if (first == null) {
      throw new AvailabilityInputException("From date", "enter the first day away");
    }
    if (last == null) {
      throw new AvailabilityInputException("To date", "enter the last day away");
    }
    if (last.isBefore(first)) {
      throw new AvailabilityInputException("To date", "must be on or after From date");
    }
    LocalDate today = LocalDate.now(clock.withZone(ZONE));
    if (last.isBefore(today)) {
      throw new AvailabilityInputException("To date", "is in the past");
    }
    if (last.isAfter(first.plusDays(366))) {
      throw new AvailabilityInputException("To date", "at most one year after From date");
    }
    return changeOwn(
        false,
        a -> {
          a.getExceptions().removeIf(e -> !e.getEndsAt().isAfter(clock.instant()));
          a.getExceptions().add(DateException.days(kind, first, last, ZONE));
        });
  }

  @PreAuthorize("hasRole('COUNSELOR')")
  @Transactional
  public MyAvailability removeException(DateException exception) {
    return changeOwn(false, a -> a.getExceptions().remove(exception));
  }

  /** Quiet hours (no calls or alerts, status unchanged); both {@code null} clears them. */
  @PreAuthorize("hasRole('COUNSELOR')")
  @Transactional
  public MyAvailability setQuietHours(LocalTime from, LocalTime to) {
    if ((from == null) != (to == null)) {
      throw new AvailabilityInputException(
          from == null ? "Quiet from" : "Quiet to", "enter both times, or clear both");
    }
    if (from != null && from.equals(to)) {
      throw new AvailabilityInputException("Quiet to", "must differ from Quiet from");
    }
    return changeOwn(false, a -> a.setQuietHours(from, to));
  }

  @PreAuthorize("hasRole('COUNSELOR')")
  @Transactional
  public MyAvailability setPickMe(boolean pickMe) {
    return changeOwn(false, a -> a.setPickMe(pickMe));
  }

  /** What the "Find a peer" directory shows of the signed-in counselor, and the phones to pick. */
  @PreAuthorize("hasRole('COUNSELOR')")
  public MyDirectoryListing myDirectoryListing() {
    Long counselorId = ownCounselorId();
    DirectoryChoice choice =
        repository
            .findByCounselorId(counselorId)
            .map(CounselorAvailability::directoryChoice)
            .orElse(DirectoryChoice.NONE);
    String[] phones = phonesOf(counselorId);
    return new MyDirectoryListing(choice, phones[0], phones[1]);
  }

  /**
   * Sets what the directory shows: a roster phone with call and/or text links, or no phone. The
   * phone must be on the counselor's roster record.
   */
  @PreAuthorize("hasRole('COUNSELOR')")
  @Transactional
  public MyDirectoryListing setMyDirectoryChoice(DirectoryChoice choice) {
    DirectoryChoice chosen = choice == null ? DirectoryChoice.NONE : choice;
    Long counselorId = ownCounselorId();
    String[] phones = phonesOf(counselorId);
    if (chosen.phone() != DirectoryPhone.NONE) {
      if (chosen.number(phones[0], phones[1]) == null) {
        throw new AvailabilityInputException(
            "Directory phone",
            "your roster record has no "
                + chosen.phone().label().toLowerCase(java.util.Locale.ROOT)
                + "; choose another or ask your liaison to add it");
      }
      if (!chosen.call() && !chosen.text()) {
        throw new AvailabilityInputException(
            "Directory links", "allow calls, texts or both, or choose No phone");
      }
    }
    changeOwn(false, a -> a.setDirectoryChoice(chosen));
    return new MyDirectoryListing(chosen, phones[0], phones[1]);
  }

  private String[] phonesOf(Long counselorId) {
    return placements.directoryFacts(List.of(counselorId)).stream()
        .findFirst()
        .map(f -> new String[] {blankToNull(f.mobilePhone()), blankToNull(f.workPhone())})
        .orElse(new String[2]);
  }

  private static String blankToNull(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private MyAvailability changeOwn(boolean touchesStatus, Consumer<CounselorAvailability> change) {
    Long counselorId = ownCounselorId();
    if (!index.knowsActiveCounselor(counselorId)) {
      throw new AccessDeniedException("Your counselor record is not active");
    }
    CounselorAvailability availability =
        repository
            .findByCounselorId(counselorId)
            .orElseGet(() -> new CounselorAvailability(counselorId));
    if (touchesStatus && isDeployedNow(availability.plan())) {
      throw new AvailabilityInputException(
          "Status", "you are marked deployed; the director or staff clear it");
    }
    change.accept(availability);
    return saved(repository.save(availability));
  }

  private boolean isDeployedNow(AvailabilityPlan plan) {
    EffectiveStatus now = plan.at(clock.instant(), ZONE);
    return now.status() == AvailabilityStatus.DEPLOYED && now.source() == StatusSource.SET;
  }

  /**
   * Announces the change in its transaction: every node's index (this one's after commit) reloads
   * the counselor and refreshes open screens (decision 050).
   */
  private MyAvailability saved(CounselorAvailability availability) {
    AvailabilityPlan plan = availability.plan();
    Long counselorId = availability.getCounselorId();
    events.publishEvent(new AvailabilitySettingsChanged(counselorId));
    index.savedInThisTransaction(counselorId, plan);
    return new MyAvailability(counselorId, plan, plan.at(clock.instant(), ZONE));
  }

  private Long ownCounselorId() {
    Long id = currentUser.require().counselorId();
    if (id == null) {
      throw new AccessDeniedException("Your account is not linked to a counselor record");
    }
    return id;
  }

  // --- deployment (director and staff) ---------------------------------------------------------

  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF')")
  @Transactional
  public void markDeployed(Long counselorId, Instant until) {
    deploy(counselorId, until);
  }

  /** For {@link CalloutDeployments}: deployed until the callout ends for them. */
  void deployOnCallout(Long counselorId) {
    deploy(counselorId, null);
  }

  /** For {@link CalloutDeployments}: exactly their own status comes back. */
  void endCalloutDeployment(Long counselorId) {
    if (isDeployed(counselorId)) {
      endDeployment(counselorId);
    }
  }

  private void deploy(Long counselorId, Instant until) {
    if (counselorId == null || !index.knowsActiveCounselor(counselorId)) {
      throw new AvailabilityInputException("Counselor", "no active counselor with this id");
    }
    Instant now = clock.instant();
    if (until != null && !until.isAfter(now)) {
      throw new AvailabilityInputException("Until", "must be in the future");
    }
    CounselorAvailability availability =
        repository
            .findByCounselorId(counselorId)
            .orElseGet(() -> new CounselorAvailability(counselorId));
    String before = availability.plan().at(now, ZONE).status().label();
    availability.deploy(until == null ? null : until.truncatedTo(ChronoUnit.SECONDS), now);
    saved(repository.save(availability));
    auditChangeByOther(counselorId, before, availability.plan().at(now, ZONE).status().label());
  }

  /**
   * Ends a deployment: the counselor returns to exactly the status they had set before it (which
   * may have run out meanwhile, and then their schedule applies).
   */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF')")
  @Transactional
  public void clearDeployed(Long counselorId) {
    endDeployment(counselorId);
  }

  private void endDeployment(Long counselorId) {
    CounselorAvailability availability =
        repository
            .findByCounselorId(counselorId)
            .filter(a -> a.getStatus() == AvailabilityStatus.DEPLOYED)
            .orElseThrow(
                () -> new AvailabilityInputException("Counselor", "is not marked deployed"));
    Instant now = clock.instant();
    String before = availability.plan().at(now, ZONE).status().label();
    availability.endDeployment();
    saved(repository.save(availability));
    auditChangeByOther(counselorId, before, availability.plan().at(now, ZONE).status().label());
  }

  /**
   * A counselor's availability changed by someone else (the director or staff) goes into the audit
   * trail under the counselor's agency: who, when, status before and after. A counselor's own
   * changes are theirs and are not recorded.
   */
  private void auditChangeByOther(Long counselorId, String before, String after) {
    Long agencyId =
        placements.activeOne(counselorId).map(CounselorPlacement::agencyId).orElse(null);
    audit.record(
        AuditAction.UPDATE,
        AUDIT_SUBJECT,
        counselorId,
        nameOf(counselorId),
        agencyId,
        List.of(new FieldChange("Status", before, after)));
  }

  /** Counselors currently marked deployed, soonest end first (a short list by nature). */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF')")
  public List<Deployment> deployments() {
    Instant now = clock.instant();
    List<Deployment> result = new ArrayList<>();
    index
        .plansWithStatus(AvailabilityStatus.DEPLOYED)
        .forEach((id, plan) -> {
          if (plan.at(now, ZONE).source() == StatusSource.SET) {
            result.add(new Deployment(id, nameOf(id), plan.statusUntil()));
          }
        });
    result.sort(
        Comparator.comparing(
            Deployment::until, Comparator.nullsLast(Comparator.<Instant>naturalOrder())));
    return result;
  }

  private String nameOf(Long counselorId) {
    return counselors.namesInScope(List.of(counselorId)).stream()
        .findFirst()
        .map(CounselorName::fullName)
        .orElse("Counselor " + counselorId);
  }

  // --- callout matching ------------------------------------------------------------------------

  /**
   * Every active counselor of every agency with their status now, eligibility and place, without
   * names: the callout module ranks and explains exclusions from it.
   */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')")
  public List<PoolMember> callPool() {
    return index.pool();
  }

  /** Name and agency name of these counselors, only those in the caller's scope. */
  @PreAuthorize(Role.IN_PROGRAM)
  public Map<Long, String[]> namesInScope(java.util.Collection<Long> counselorIds) {
    if (counselorIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, String[]> names = new HashMap<>();
    for (CounselorName name : counselors.namesInScope(counselorIds)) {
      names.put(name.counselorId(), new String[] {name.fullName(), name.agencyName()});
    }
    return names;
  }

  /** Whether the counselor is deployed right now (set by a callout or the director). */
  @PreAuthorize("isAuthenticated()")
  public boolean isDeployed(Long counselorId) {
    return index.planOf(counselorId).at(clock.instant(), ZONE).status()
        == AvailabilityStatus.DEPLOYED;
  }

  // --- who can respond now ---------------------------------------------------------------------

  /**
   * One page of the counselors in the caller's scope who can respond now, nearest to the county
   * center first.
   */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')")
  public List<Responder> responders(String countyFips, int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
    AccessScope scope = currentUser.scope();
    List<AvailabilityIndex.Candidate> ranked =
        firstRanked(
            index.respondersNow(countyFips),
            scope,
            (int) Math.min((long) offset + limit, Integer.MAX_VALUE - 1));
    if (offset >= ranked.size() || limit == 0) {
      return List.of();
    }
    List<AvailabilityIndex.Candidate> page =
        ranked.subList(offset, Math.min(ranked.size(), offset + limit));
    Instant now = clock.instant();
    List<Long> ids = page.stream().map(AvailabilityIndex.Candidate::counselorId).toList();
    // Names come from the database with the scope applied again, so the index can never leak.
    Map<Long, CounselorName> names = new HashMap<>();
    for (CounselorName name : counselors.namesInScope(ids)) {
      names.put(name.counselorId(), name);
    }
    Map<Long, Integer> callouts =
        calloutHistory
            .getIfAvailable(() -> (counselorIds, since) -> Map.of())
            .calloutsSince(ids, clock.instant().minus(Duration.ofDays(30)));
    List<Responder> result = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      AvailabilityIndex.Candidate c = page.get(i);
      CounselorName name = names.get(c.counselorId());
      if (name == null) {
        continue;
      }
      result.add(
          new Responder(
              offset + i + 1,
              c.counselorId(),
              name.fullName(),
              name.agencyName(),
              c.distanceKm(),
              c.status(),
              c.effective(now).until(),
              c.privilegeEligible(),
              c.pickMe(),
              c.quietHours(),
              callouts.getOrDefault(c.counselorId(), 0)));
    }
    return result;
  }

  /**
   * The first {@code count} candidates in scope, in ranking order: a bounded heap instead of
   * sorting everyone, since a screen asks for one page of 50 at a time.
   */
  private static List<AvailabilityIndex.Candidate> firstRanked(
      List<AvailabilityIndex.Candidate> candidates, AccessScope scope, int count) {
    if (count <= 0) {
      return List.of();
    }
    var heap =
        new java.util.PriorityQueue<AvailabilityIndex.Candidate>(
            Math.min(count, candidates.size()) + 1, RANKING.reversed());
    for (AvailabilityIndex.Candidate c : candidates) {
      if (!scope.includes(c.agencyId())) {
        continue;
      }
      if (heap.size() < count) {
        heap.add(c);
      } else if (RANKING.compare(c, heap.peek()) < 0) {
        heap.poll();
        heap.add(c);
      }
    }
    List<AvailabilityIndex.Candidate> result = new ArrayList<>(heap);
    result.sort(RANKING);
    return result;
  }

  /** How many in the caller's scope can respond now, and (for a liaison) how many others nearby. */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')")
  public ResponseSummary summary(String countyFips) {
    County county =
        geography
            .county(countyFips)
            .orElseThrow(() -> new AvailabilityInputException("County", "unknown county"));
    AccessScope scope = currentUser.scope();
    int[] counts = index.countRespondersNow(countyFips, scope::includes, DriveRadius.NEARBY_KM);
    return new ResponseSummary(
        county.getFips(),
        county.getName(),
        counts[0],
        scope.statewide() ? null : counts[1],
        DriveRadius.NEARBY_KM);
  }

  /**
   * Every county with the number of privilege-eligible counselors (all agencies; counts only, no
   * identities) who can respond now within a 30-minute drive, in county name order.
   */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')")
  public List<CountyCoverage> coverage() {
    Map<String, Integer> counts = index.eligibleRespondersWithin(DriveRadius.COVERAGE_KM);
    return geography.counties().stream()
        .map(c -> new CountyCoverage(c.getFips(), c.getName(), counts.getOrDefault(c.getFips(), 0)))
        .toList();
  }

  // --- find a peer -----------------------------------------------------------------------------

  /**
   * Every counselor open to peer contact now, in all agencies: able to respond and not in quiet
   * hours ({@link AvailabilityPlan#openToPeers}). First names only; a phone only where the
   * counselor chose one. Officers call this, so it takes no identity and records nothing.
   */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON', 'COUNSELOR', 'OFFICER')")
  public List<PeerContact> peersNow() {
    Map<Long, AvailabilityStatus> open = new HashMap<>();
    for (AvailabilityIndex.OpenPeer peer : index.openToPeersNow()) {
      open.put(peer.counselorId(), peer.status());
    }
    List<PeerContact> result = new ArrayList<>(open.size());
    List<Long> ids = List.copyOf(open.keySet());
    for (int from = 0; from < ids.size(); from += 1000) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
      Map<Long, DirectoryChoice> choices = new HashMap<>();
      for (Object[] row : repository.directoryChoices(chunk)) {
        choices.put(
            (Long) row[0],
            new DirectoryChoice((DirectoryPhone) row[1], (Boolean) row[2], (Boolean) row[3]));
      }
      for (CounselorDirectoryFacts facts : placements.directoryFacts(chunk)) {
        Long id = facts.counselorId();
        DirectoryChoice choice = choices.getOrDefault(id, DirectoryChoice.NONE);
        String phone = choice.number(facts.mobilePhone(), facts.workPhone());
        result.add(
            new PeerContact(
                id,
                facts.firstName(),
                facts.agencyId(),
                facts.agencyName(),
                facts.countyFips(),
                facts.regionCode(),
                facts.homeZip(),
                open.get(id),
                facts.specialties(),
                phone,
                choice.call(),
                choice.text()));
      }
    }
    return result;
  }

  /**
   * Rebuilds the in-memory index from the database, e.g. after a bulk roster import. Open screens
   * refresh.
   */
  @PreAuthorize("hasRole('DIRECTOR')")
  public void reloadIndex() {
    index.reload();
  }

  /**
   * Calls {@code listener} inside {@link UI#access} whenever availability changes or time changes
   * who can respond. Remove the registration on detach.
   */
  @PreAuthorize("isAuthenticated()")
  public Registration subscribe(UI ui, Consumer<AvailabilityChanged> listener) {
    // The change arrives on the thread of whoever made it, the relay or the scheduler. The listener
    // must run as the person who owns the screen, with their roles and agency scope.
    return index.subscribe(ui, RunAs.currentPerson().wrap(listener));
  }
}
