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
import org.leaps.portal.base.TimeConfiguration;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.security.AccessScope;
import org.leaps.portal.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

  AvailabilityService(
      CounselorAvailabilityRepository repository,
      AvailabilityIndex index,
      GeographyService geography,
      CurrentUser currentUser,
      Clock clock,
      ObjectProvider<CalloutHistory> calloutHistory) {
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

  private MyAvailability saved(CounselorAvailability availability) {
    AvailabilityPlan plan = availability.plan();
    Long counselorId = availability.getCounselorId();
    afterCommit(() -> index.apply(counselorId, plan));
    return new MyAvailability(counselorId, plan, plan.at(clock.instant(), ZONE));
  }

  private static void afterCommit(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              action.run();
            }
          });
    } else {
      action.run();
    }
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
    availability.deploy(until == null ? null : until.truncatedTo(ChronoUnit.SECONDS), now);
    saved(repository.save(availability));
  }

  /**
   * Ends a deployment: the counselor returns to exactly the status they had set before it (which
   * may have run out meanwhile, and then their schedule applies).
   */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF')")
  @Transactional
  public void clearDeployed(Long counselorId) {
    CounselorAvailability availability =
        repository
            .findByCounselorId(counselorId)
            .filter(a -> a.getStatus() == AvailabilityStatus.DEPLOYED)
            .orElseThrow(
                () -> new AvailabilityInputException("Counselor", "is not marked deployed"));
    availability.endDeployment();
    saved(repository.save(availability));
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
    return repository.counselorName(counselorId).stream()
        .findFirst()
        .map(row -> row[0] + " " + row[1])
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
  @PreAuthorize("isAuthenticated()")
  public Map<Long, String[]> namesInScope(java.util.Collection<Long> counselorIds) {
    if (counselorIds.isEmpty()) {
      return Map.of();
    }
    AccessScope scope = currentUser.scope();
    Map<Long, String[]> names = new HashMap<>();
    for (Object[] row :
        repository.namesInScope(counselorIds, scope.statewide(), scope.agencyIdsForQuery())) {
      names.put((Long) row[0], new String[] {row[1] + " " + row[2], (String) row[3]});
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
    Map<Long, Object[]> names = new HashMap<>();
    for (Object[] row :
        repository.namesInScope(ids, scope.statewide(), scope.agencyIdsForQuery())) {
      names.put((Long) row[0], row);
    }
    Map<Long, Integer> callouts =
        calloutHistory
            .getIfAvailable(() -> (counselorIds, since) -> Map.of())
            .calloutsSince(ids, clock.instant().minus(Duration.ofDays(30)));
    List<Responder> result = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      AvailabilityIndex.Candidate c = page.get(i);
      Object[] row = names.get(c.counselorId());
      if (row == null) {
        continue;
      }
      result.add(
          new Responder(
              offset + i + 1,
              c.counselorId(),
              row[1] + " " + row[2],
              (String) row[3],
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
    // The change arrives on the thread of whoever made it (or the scheduler). The listener must run
    // as the person who owns the screen, with their roles and agency scope, never the changer's.
    SecurityContext owner = SecurityContextHolder.createEmptyContext();
    owner.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
    return index.subscribe(
        ui,
        change -> {
          SecurityContext previous = SecurityContextHolder.getContext();
          SecurityContextHolder.setContext(owner);
          try {
            listener.accept(change);
          } finally {
            SecurityContextHolder.setContext(previous);
          }
        });
  }
}
