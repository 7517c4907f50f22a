package org.leaps.portal.callout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.alert.AckTokens;
import org.leaps.portal.alert.AlertSettings;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.audit.FieldChange;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.CalloutDeployments;
import org.leaps.portal.availability.CalloutHistory;
import org.leaps.portal.availability.PoolMember;
import org.leaps.portal.base.db.WriteConflictRetry;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.geography.Position;
import org.leaps.portal.security.AccessScope;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.security.Role;
import org.leaps.portal.security.RunAs;
import org.leaps.portal.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Opens, matches, dispatches and tracks callouts. A liaison acts only for their own agencies (in
 * this service and in every query); staff and the director statewide; a counselor only on offers
 * made to them. Implements {@link CalloutHistory} for the availability module's responder list.
 */
@Service
@Transactional(readOnly = true)
public class CalloutService implements CalloutHistory {

  private static final Logger log = LoggerFactory.getLogger(CalloutService.class);
  static final String TOKEN_PURPOSE = "callout-offer";
  static final String SUBJECT = "Callout";
  private static final String REQUESTERS = "hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')";
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
  private static final Duration OLDEST_INCIDENT = Duration.ofDays(2);
  private static final int MAX_NEEDED = 25;
  private static final int PAGE = 50;

  private final CalloutRepository callouts;
  private final CalloutOfferRepository offers;
  private final AvailabilityService availability;
  private final CalloutDeployments deployments;
  private final CounselorService counselors;
  private final AgencyService agencies;
  private final GeographyService geography;
  private final AuditService audit;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher events;
  private final List<CalloutNotifier> notifiers;
  private final CalloutLiveHub hub;
  private final AckTokens tokens;
  private final AlertSettings alertSettings;
  private final CalloutSettings settings;
  private final Clock clock;
  private final WriteConflictRetry writeRetry;
  private final ExecutorService notifying =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().name("callout-notify").factory());

  CalloutService(
      CalloutRepository callouts,
      CalloutOfferRepository offers,
      AvailabilityService availability,
      CalloutDeployments deployments,
      CounselorService counselors,
      AgencyService agencies,
      GeographyService geography,
      AuditService audit,
      CurrentUser currentUser,
      ApplicationEventPublisher events,
      List<CalloutNotifier> notifiers,
      CalloutLiveHub hub,
      AckTokens tokens,
      AlertSettings alertSettings,
      CalloutSettings settings,
      Clock clock,
      WriteConflictRetry writeRetry) {
    this.callouts = callouts;
    this.offers = offers;
    this.availability = availability;
    this.deployments = deployments;
    this.counselors = counselors;
    this.agencies = agencies;
    this.geography = geography;
    this.audit = audit;
    this.currentUser = currentUser;
    this.events = events;
    this.notifiers = notifiers;
    this.hub = hub;
    this.tokens = tokens;
    this.alertSettings = alertSettings;
    this.settings = settings;
    this.clock = clock;
    this.writeRetry = writeRetry;
  }

  // --- opening ---------------------------------------------------------------------------------

  /** Opens a callout; each bad field is refused with a message naming it. */
  @PreAuthorize(REQUESTERS)
  @Transactional
  public CalloutSummary open(CalloutRequest request) {
    if (request.requestingAgencyId() == null) {
      throw new CalloutInputException("Requesting agency", "choose the agency asking for support");
    }
    if (!currentUser.scope().includes(request.requestingAgencyId())) {
      throw new AccessDeniedException("You can open callouts only for your own agency");
    }
    Agency agency =
        agencies
            .findInScope(request.requestingAgencyId())
            .filter(Agency::isActive)
            .orElseThrow(
                () -> new CalloutInputException("Requesting agency", "no such active agency"));
    Position point = incidentPoint(request.incidentZip(), request.countyFips());
    String meetingPoint = meetingPoint(request.meetingPoint());
    if (request.category() == null) {
      throw new CalloutInputException("Category", "choose the kind of incident");
    }
    if (request.needed() == null || request.needed() < 1) {
      throw new CalloutInputException("Counselors needed", "must be at least 1");
    }
    if (request.needed() > MAX_NEEDED) {
      throw new CalloutInputException("Counselors needed", "at most " + MAX_NEEDED);
    }
    Instant now = clock.instant();
    if (request.incidentAt() == null) {
      throw new CalloutInputException("Time of the incident", "enter when it happened");
    }
    if (request.incidentAt().isAfter(now.plus(CLOCK_SKEW))) {
      throw new CalloutInputException("Time of the incident", "cannot be in the future");
    }
    if (request.incidentAt().isBefore(now.minus(OLDEST_INCIDENT))) {
      throw new CalloutInputException("Time of the incident", "must be within the last 2 days");
    }
    Callout callout =
        callouts.saveAndFlush(
            new Callout(
                agency.getId(),
                point.countyFips(),
                point.zip(),
                point.point().latitude(),
                point.point().longitude(),
                meetingPoint,
                request.category(),
                request.needed(),
                request.allowOwnAgency(),
                request.incidentAt(),
                now));
    auditStage(callout, null, "Requested");
    events.publishEvent(new CalloutChanged(callout.getId(), List.of()));
    return summary(callout, Map.of(agency.getId(), agency.getName()));
  }

  private Position incidentPoint(String zip, String countyFips) {
    if (zip != null && !zip.isBlank()) {
      return geography
          .position(zip, null)
          .orElseThrow(() ->
              new CalloutInputException(
                  "Incident ZIP", "enter a Mississippi ZIP code such as 39501"));
    }
    if (countyFips == null || countyFips.isBlank()) {
      throw new CalloutInputException(
          "Incident point", "enter the incident's ZIP code or choose its county on the map");
    }
    return geography
        .position(null, countyFips)
        .orElseThrow(
            () -> new CalloutInputException("Incident point", "choose a county in Mississippi"));
  }

  /** Logistics only, at most 120 characters; line breaks and control characters are flattened. */
  static String meetingPoint(String text) {
    String flat = text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ").strip();
    if (flat.isEmpty()) {
      throw new CalloutInputException(
          "Meeting point", "enter where counselors meet (place only, no names)");
    }
    if (flat.codePointCount(0, flat.length()) > Callout.MEETING_POINT_MAX) {
      throw new CalloutInputException(
          "Meeting point", "at most " + Callout.MEETING_POINT_MAX + " characters");
    }
    return flat;
  }

  // --- reading ---------------------------------------------------------------------------------

  @PreAuthorize(REQUESTERS)
  public Optional<CalloutSummary> find(Long id) {
    AccessScope scope = currentUser.scope();
    return callouts
        .findInScope(id, scope.statewide(), scope.agencyIdsForQuery())
        .map(c -> summary(c, agencyNames(List.of(c))));
  }

  /** Open callouts in scope, newest first: the live board. */
  @PreAuthorize(REQUESTERS)
  public List<CalloutSummary> openBoard() {
    AccessScope scope = currentUser.scope();
    List<Callout> open = callouts.openInScope(scope.statewide(), scope.agencyIdsForQuery());
    Map<Long, String> names = agencyNames(open);
    return open.stream().map(c -> summary(c, names)).toList();
  }

  /** Recent callouts in scope, newest first, a page at a time. */
  @PreAuthorize(REQUESTERS)
  public List<CalloutSummary> recent(int page) {
    AccessScope scope = currentUser.scope();
    List<Callout> list =
        callouts.pageInScope(
            scope.statewide(),
            scope.agencyIdsForQuery(),
            org.springframework.data.domain.PageRequest.of(page, PAGE));
    Map<Long, String> names = agencyNames(list);
    return list.stream().map(c -> summary(c, names)).toList();
  }

  /** Everyone asked on a callout in scope; names only for counselors in the viewer's scope. */
  @PreAuthorize(REQUESTERS)
  public List<OfferView> offersOf(Long calloutId) {
    Callout callout = requireInScope(calloutId);
    List<CalloutOffer> list = offers.findByCalloutIdOrderByTierAscDistanceKmAsc(callout.getId());
    Map<Long, String[]> names =
        availability.namesInScope(list.stream().map(CalloutOffer::getCounselorId).toList());
    return list.stream().map(o -> view(o, names)).toList();
  }

  /** The signed-in counselor's callouts, newest first. */
  @PreAuthorize("hasRole('COUNSELOR')")
  public List<MyOffer> mine() {
    Long counselorId = ownCounselorId();
    List<CalloutOffer> list = offers.ofCounselor(counselorId);
    if (list.isEmpty()) {
      return List.of();
    }
    Map<Long, Callout> byId = new HashMap<>();
    callouts
        .findAllById(list.stream().map(CalloutOffer::getCalloutId).toList())
        .forEach(c -> byId.put(c.getId(), c));
    Map<Long, String> names = agencyNames(byId.values());
    List<MyOffer> result = new ArrayList<>();
    for (CalloutOffer o : list) {
      Callout c = byId.get(o.getCalloutId());
      result.add(new MyOffer(summary(c, names), view(o, Map.of())));
    }
    return result;
  }

  /** One of the signed-in counselor's offers; another counselor's reads as not found. */
  @PreAuthorize("hasRole('COUNSELOR')")
  public Optional<MyOffer> myOffer(Long offerId) {
    Long counselorId = ownCounselorId();
    return offers
        .findById(offerId)
        .filter(o -> o.getCounselorId().equals(counselorId))
        .map(o -> {
          Callout c = callouts.findById(o.getCalloutId()).orElseThrow();
          return new MyOffer(summary(c, agencyNames(List.of(c))), view(o, Map.of()));
        });
  }

  /** The offer a signed email link names, if the token is genuine. */
  @PreAuthorize("hasRole('COUNSELOR')")
  public Optional<MyOffer> offerForLink(String token) {
    var id = tokens.verifyFor(TOKEN_PURPOSE, token);
    return id.isPresent() ? myOffer(id.getAsLong()) : Optional.empty();
  }

  // --- matching --------------------------------------------------------------------------------

  /** Who would be asked next, and who is left out and why (a page of each, nearest first). */
  @PreAuthorize(REQUESTERS)
  public Match match(Long calloutId) {
    Callout callout = requireInScope(calloutId);
    Set<Long> asked = new HashSet<>();
    offers
        .findByCalloutIdOrderByTierAscDistanceKmAsc(callout.getId())
        .forEach(o -> asked.add(o.getCounselorId()));
    List<CalloutMatcher.Scored> scored = scoreAll(callout);
    List<CalloutMatcher.Scored> ranked =
        scored.stream().filter(s -> s.reason() == null).limit(PAGE).toList();
    int rankedTotal = (int) scored.stream().filter(s -> s.reason() == null).count();
    List<CalloutMatcher.Scored> excluded =
        scored.stream().filter(s -> s.reason() != null).limit(PAGE).toList();
    List<Long> ids = new ArrayList<>();
    ranked.forEach(s -> ids.add(s.member().counselorId()));
    excluded.forEach(s -> ids.add(s.member().counselorId()));
    Map<Long, String[]> names = availability.namesInScope(ids);
    List<Match.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      var s = ranked.get(i);
      String[] name = names.get(s.member().counselorId());
      candidates.add(
          new Match.Candidate(
              i + 1,
              s.member().counselorId(),
              s.member().agencyId(),
              name == null ? "" : name[0],
              name == null ? "" : name[1],
              s.distanceKm(),
              s.approximate(),
              CalloutMatcher.onCall(s.member()),
              s.member().pickMe(),
              s.recentCallouts(),
              asked.contains(s.member().counselorId())));
    }
    List<Match.Excluded> left = new ArrayList<>();
    for (var s : excluded) {
      String[] name = names.get(s.member().counselorId());
      left.add(
          new Match.Excluded(
              s.member().counselorId(),
              name == null ? "" : name[0],
              name == null ? "" : name[1],
              s.distanceKm(),
              s.approximate(),
              s.reason()));
    }
    return new Match(candidates, rankedTotal, left, CalloutMatcher.counts(scored));
  }

  private List<CalloutMatcher.Scored> scoreAll(Callout callout) {
    List<PoolMember> pool = availability.callPool();
    Map<Long, Integer> recent = recentCallouts(clock.instant().minus(Duration.ofDays(30)));
    var incident =
        new Position(
            new org.leaps.portal.geography.GeoPoint(
                callout.getIncidentLatitude() == null
                    ? countyOf(callout).getLatitude()
                    : callout.getIncidentLatitude(),
                callout.getIncidentLongitude() == null
                    ? countyOf(callout).getLongitude()
                    : callout.getIncidentLongitude()),
            callout.getCountyFips(),
            callout.getIncidentZip(),
            callout.getIncidentZip() == null);
    return CalloutMatcher.score(
        pool,
        incident,
        callout.getRequestingAgencyId(),
        callout.isAllowOwnAgency(),
        recent,
        settings.workloadLimit(),
        geography.countiesByFips());
  }

  private County countyOf(Callout callout) {
    return geography.county(callout.getCountyFips()).orElseThrow();
  }

  private Map<Long, Integer> recentCallouts(Instant since) {
    Map<Long, Integer> counts = new HashMap<>();
    for (Object[] row : offers.acceptedSinceByEveryone(since)) {
      counts.put((Long) row[0], ((Number) row[1]).intValue());
    }
    return counts;
  }

  @Override
  public Map<Long, Integer> calloutsSince(Collection<Long> counselorIds, Instant since) {
    if (counselorIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Integer> counts = new HashMap<>();
    for (Object[] row : offers.acceptedSince(counselorIds, since)) {
      counts.put((Long) row[0], ((Number) row[1]).intValue());
    }
    return counts;
  }

  // --- dispatch and escalation -----------------------------------------------------------------

  /**
   * Asks the next tier: the nearest {@code needed x tier factor} who can be asked and were not
   * asked yet. Returns how many were asked.
   */
  @PreAuthorize(REQUESTERS)
  @Transactional
  public int dispatch(Long calloutId) {
    Callout callout = requireInScope(calloutId);
    if (callout.getState() != CalloutState.REQUESTED
        && callout.getState() != CalloutState.DISPATCHED) {
      throw new CalloutInputException(
          "Callout", "is " + callout.getState().label().toLowerCase() + "; nobody more is asked");
    }
    callouts.lockRow(callout.getId());
    return askNextTier(callout, clock.instant());
  }

  private int askNextTier(Callout callout, Instant now) {
    Set<Long> asked = new HashSet<>();
    offers
        .findByCalloutIdOrderByTierAscDistanceKmAsc(callout.getId())
        .forEach(o -> asked.add(o.getCounselorId()));
    int size = (callout.getNeeded() - callout.getAcceptedCount()) * settings.tierFactor();
    List<CalloutMatcher.Scored> next =
        scoreAll(callout).stream()
            .filter(s -> s.reason() == null && !asked.contains(s.member().counselorId()))
            .limit(Math.max(size, 1))
            .toList();
    String before = callout.getState().label();
    callout.dispatchedTier(now);
    List<CalloutOffer> made = new ArrayList<>();
    for (var s : next) {
      made.add(
          new CalloutOffer(
              callout.getId(),
              s.member().counselorId(),
              s.member().agencyId(),
              callout.getTier(),
              s.distanceKm(),
              s.approximate(),
              now));
    }
    offers.saveAll(made);
    callouts.saveAndFlush(callout);
    auditStage(callout, before, "Tier " + callout.getTier() + " asked (" + made.size() + ")");
    List<Long> counselorIds = made.stream().map(CalloutOffer::getCounselorId).toList();
    events.publishEvent(new CalloutOffered(callout.getId(), counselorIds));
    events.publishEvent(new CalloutChanged(callout.getId(), List.of()));
    List<CalloutNotifier.Notice> notices = new ArrayList<>();
    String category = callout.getCategory().label();
    String where = where(callout);
    for (CalloutOffer o : made) {
      notices.add(
          new CalloutNotifier.Notice(
              callout.getId(),
              o.getId(),
              o.getCounselorId(),
              null,
              category,
              where,
              callout.getMeetingPoint(),
              callout.getNeeded(),
              o.getDistanceKm(),
              o.isApproximate(),
              alertSettings.baseUrl()
                  + "/callouts/respond/"
                  + tokens.createFor(TOKEN_PURPOSE, o.getId())));
    }
    afterCommit(() -> notifyAll(notices, n -> each(nf -> nf.offered(n))));
    log.info(
        "Callout {}: tier {} asked {} counselors", callout.getId(), callout.getTier(), made.size());
    return made.size();
  }

  /**
   * Asks the next tier of every callout whose current tier has not filled it in time, and alerts
   * the director. Safe on several nodes: each round is claimed in one statement. {@code now} comes
   * from the caller's clock (the scheduled job's, or a test's).
   */
  @PreAuthorize("hasRole('DIRECTOR')")
  @Transactional
  public int escalateDue(Instant now) {
    Instant due = now.minus(settings.escalateAfter());
    int escalated = 0;
    for (Long id : callouts.dueForEscalation(due)) {
      if (callouts.claimEscalation(id, due, now) == 0) {
        continue;
      }
      Callout callout = callouts.findById(id).orElseThrow();
      askNextTier(callout, now);
      var escalation =
          new CalloutNotifier.Escalation(
              callout.getId(),
              callout.getCategory().label(),
              where(callout),
              callout.getNeeded(),
              callout.getAcceptedCount(),
              callout.getTier());
      afterCommit(() -> notifying.execute(() -> each(n -> n.escalated(escalation))));
      escalated++;
    }
    return escalated;
  }

  // --- answers ---------------------------------------------------------------------------------

  /**
   * Accepts an offer made to the signed-in counselor. Exactly {@code needed} are accepted however
   * many answer at once; an answer after the last place was taken is told "filled" and thanked.
   */
  @PreAuthorize("hasRole('COUNSELOR')")
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public AnswerOutcome accept(Long offerId) {
    // Its own transaction, run again when the database rolled it back for a write conflict (an
    // InnoDB deadlock, a lock wait timeout, or a Galera certification failure): nothing of the
    // failed try was kept, so the counselor gets an answer, not an error.
    return writeRetry.inTransaction(() -> acceptOnce(offerId));
  }

  private AnswerOutcome acceptOnce(Long offerId) {
    CalloutOffer offer = requireOwnPendingOffer(offerId);
    Long calloutId = offer.getCalloutId();
    // Callout row first, then offers: every writer takes the locks in this order, so concurrent
    // accepts queue instead of deadlocking with the stand-down of the one that fills it.
    callouts.lockRow(calloutId);
    Long counselorId = offer.getCounselorId();
    Instant now = clock.instant();
    if (offers.answer(offerId, OfferResponse.ACCEPTED.name(), now) == 0) {
      // Stood down while this answer waited for the callout's lock: it filled just before.
      if (offers.fill(offerId, OfferResponse.STOOD_DOWN.name()) == 1) {
        events.publishEvent(new CalloutChanged(calloutId, List.of(counselorId)));
        return AnswerOutcome.FILLED;
      }
      throw new CalloutInputException("Callout", "you have already answered this one");
    }
    if (callouts.takePlace(calloutId, now) == 0) {
      offers.fill(offerId, OfferResponse.ACCEPTED.name());
      events.publishEvent(new CalloutChanged(calloutId, List.of(counselorId)));
      return AnswerOutcome.FILLED;
    }
    deployments.deployOnCallout(counselorId);
    Callout callout = callouts.findById(calloutId).orElseThrow();
    auditStage(callout, null, "Accepted by a counselor");
    List<Long> changed = new ArrayList<>(List.of(counselorId));
    if (callout.getState() == CalloutState.FILLED) {
      changed.addAll(standDown(callout, true));
    }
    events.publishEvent(new CalloutChanged(calloutId, changed));
    return AnswerOutcome.ACCEPTED;
  }

  @PreAuthorize("hasRole('COUNSELOR')")
  @Transactional
  public AnswerOutcome decline(Long offerId) {
    CalloutOffer offer = requireOwnPendingOffer(offerId);
    callouts.lockRow(offer.getCalloutId());
    if (offers.answer(offerId, OfferResponse.DECLINED.name(), clock.instant()) == 0) {
      throw new CalloutInputException("Callout", "you have already answered this one");
    }
    events.publishEvent(new CalloutChanged(offer.getCalloutId(), List.of(offer.getCounselorId())));
    return AnswerOutcome.DECLINED;
  }

  private CalloutOffer requireOwnPendingOffer(Long offerId) {
    CalloutOffer offer = requireOwnOffer(offerId);
    Callout callout = requireNotClosed(offer);
    switch (offer.getResponse()) {
      case PENDING -> {}
      case STOOD_DOWN, FILLED ->
          throw new CalloutInputException(
              "Callout", "this callout is already filled. Thank you for answering");
      default -> throw new CalloutInputException("Callout", "you have already answered this one");
    }
    if (callout.getState() == CalloutState.FILLED) {
      throw new CalloutInputException(
          "Callout", "this callout is already filled. Thank you for answering");
    }
    return offer;
  }

  /** Stands down everyone still asked; returns their counselor ids. */
  private List<Long> standDown(Callout callout, boolean filled) {
    List<Long> pending = offers.pendingCounselors(callout.getId());
    offers.standDownPending(callout.getId(), clock.instant());
    String category = callout.getCategory().label();
    String where = where(callout);
    List<CalloutNotifier.Notice> notices =
        pending.stream()
            .map(id ->
                new CalloutNotifier.Notice(
                    callout.getId(), 0, id, null, category, where, null, 0, 0, false, null))
            .toList();
    afterCommit(() -> notifyAll(notices, n -> each(nf -> nf.standDown(n, filled))));
    return pending;
  }

  // --- the counselor's own timeline -------------------------------------------------------------

  @PreAuthorize("hasRole('COUNSELOR')")
  @Transactional
  public void markEnRoute(Long offerId) {
    advance(offerId, false);
  }

  /** On scene (and en route too, if the counselor skipped that). */
  @PreAuthorize("hasRole('COUNSELOR')")
  @Transactional
  public void markOnScene(Long offerId) {
    advance(offerId, true);
  }

  private void advance(Long offerId, boolean onScene) {
    CalloutOffer offer = requireOwnAcceptedOffer(offerId);
    Instant now = clock.instant();
    Instant onSceneAt = onScene ? now : null;
    offers.stamp(offer.getId(), now, onSceneAt, null);
    callouts.firstStages(offer.getCalloutId(), now, onSceneAt);
    events.publishEvent(new CalloutChanged(offer.getCalloutId(), List.of(offer.getCounselorId())));
  }

  /** The counselor is done: they return to exactly the status they had before the callout. */
  @PreAuthorize("hasRole('COUNSELOR')")
  @Transactional
  public void clearMine(Long offerId) {
    CalloutOffer offer = requireOwnAcceptedOffer(offerId);
    clearOffer(offer, clock.instant());
    events.publishEvent(new CalloutChanged(offer.getCalloutId(), List.of(offer.getCounselorId())));
  }

  private CalloutOffer requireOwnAcceptedOffer(Long offerId) {
    CalloutOffer offer = requireOwnOffer(offerId);
    if (offer.getResponse() != OfferResponse.ACCEPTED || offer.getClearedAt() != null) {
      throw new CalloutInputException("Callout", "you are not on this callout");
    }
    requireNotClosed(offer);
    return offer;
  }

  /** The signed-in counselor's offer; another counselor's reads as never offered to them. */
  private CalloutOffer requireOwnOffer(Long offerId) {
    Long counselorId = ownCounselorId();
    return offers
        .findById(offerId)
        .filter(o -> o.getCounselorId().equals(counselorId))
        .orElseThrow(
            () -> new CalloutInputException("Callout", "this callout was not offered to you"));
  }

  private Callout requireNotClosed(CalloutOffer offer) {
    Callout callout = callouts.findById(offer.getCalloutId()).orElseThrow();
    if (callout.getState() == CalloutState.CLOSED) {
      throw new CalloutInputException("Callout", "this callout is closed");
    }
    return callout;
  }

  private void clearOffer(CalloutOffer offer, Instant now) {
    offers.stamp(offer.getId(), null, null, now);
    Long counselorId = offer.getCounselorId();
    if (offers.onOtherOpenCallouts(counselorId, offer.getCalloutId()) > 0) {
      // Still on another open callout: deployed until the last one ends for them.
      return;
    }
    deployments.endCalloutDeployment(counselorId);
  }

  // --- closing ---------------------------------------------------------------------------------

  /** Closes a callout: those still asked are stood down, those on it return to their status. */
  @PreAuthorize(REQUESTERS)
  @Transactional
  public void close(Long calloutId) {
    Callout callout = requireInScope(calloutId);
    callouts.lockRow(callout.getId());
    if (callout.getState() == CalloutState.CLOSED) {
      throw new CalloutInputException("Callout", "is already closed");
    }
    Instant now = clock.instant();
    List<Long> changed = new ArrayList<>(standDown(callout, false));
    for (CalloutOffer o : offers.findByCalloutIdOrderByTierAscDistanceKmAsc(calloutId)) {
      if (o.getResponse() == OfferResponse.ACCEPTED && o.getClearedAt() == null) {
        clearOffer(o, now);
        changed.add(o.getCounselorId());
      }
    }
    Callout current = callouts.findById(calloutId).orElseThrow();
    String before = current.getState().label();
    current.close(now);
    callouts.saveAndFlush(current);
    auditStage(current, before, "Closed");
    events.publishEvent(new CalloutChanged(calloutId, changed));
  }

  // --- retention -------------------------------------------------------------------------------

  /**
   * Clears meeting point and incident point of callouts closed longer than the retention before
   * {@code now}. Category, county, agency, timestamps and who went remain.
   */
  @PreAuthorize("hasRole('DIRECTOR')")
  @Transactional
  public int purgeExpired(Instant now) {
    return callouts.purgeClosedBefore(now.minus(settings.retention()), now);
  }

  // --- live updates ----------------------------------------------------------------------------

  /**
   * Calls {@code listener} inside {@link UI#access}, as the person who owns the screen, whenever a
   * callout is offered or changes anywhere in the cluster.
   */
  @PreAuthorize("isAuthenticated()")
  public Registration subscribe(UI ui, Consumer<Object> listener) {
    return hub.register(ui, RunAs.currentPerson().wrap(listener));
  }

  /** The signed-in person's counselor id, or null when they have none. */
  @PreAuthorize("isAuthenticated()")
  public Long myCounselorId() {
    return currentUser.get().map(PortalUser::counselorId).orElse(null);
  }

  /** Whether the signed-in person may open and dispatch callouts. */
  @PreAuthorize("isAuthenticated()")
  public boolean canRequest() {
    return currentUser
        .get()
        .map(u -> u.has(Role.DIRECTOR) || u.has(Role.STAFF) || u.has(Role.LIAISON))
        .orElse(false);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private Callout requireInScope(Long calloutId) {
    AccessScope scope = currentUser.scope();
    return callouts
        .findInScope(calloutId, scope.statewide(), scope.agencyIdsForQuery())
        .orElseThrow(() -> new CalloutInputException("Callout", "not found"));
  }

  private Long ownCounselorId() {
    Long id = currentUser.require().counselorId();
    if (id == null) {
      throw new AccessDeniedException("Your account is not linked to a counselor record");
    }
    return id;
  }

  private String where(Callout callout) {
    String county = countyOf(callout).getName();
    return callout.getIncidentZip() == null
        ? county + " County"
        : "ZIP " + callout.getIncidentZip() + ", " + county;
  }

  private void auditStage(Callout callout, String before, String after) {
    audit.record(
        before == null ? AuditAction.CREATE : AuditAction.UPDATE,
        SUBJECT,
        callout.getId(),
        callout.getCategory().label() + ", " + where(callout),
        callout.getRequestingAgencyId(),
        List.of(new FieldChange("Stage", before, after)));
  }

  private Map<Long, String> agencyNames(Collection<Callout> list) {
    Set<Long> ids = new HashSet<>();
    list.forEach(c -> ids.add(c.getRequestingAgencyId()));
    Map<Long, String> names = new HashMap<>();
    agencies.findAllById(ids).forEach(a -> names.put(a.getId(), a.getName()));
    return names;
  }

  private CalloutSummary summary(Callout c, Map<Long, String> agencyNames) {
    County county = countyOf(c);
    return new CalloutSummary(
        c.getId(),
        c.getRequestingAgencyId(),
        agencyNames.getOrDefault(c.getRequestingAgencyId(), ""),
        c.getCountyFips(),
        county.getName(),
        county.getRegion().getCode(),
        c.getIncidentZip(),
        c.getMeetingPoint(),
        c.getCategory(),
        c.getNeeded(),
        c.getAcceptedCount(),
        c.getState(),
        c.getTier(),
        c.getIncidentAt(),
        c.getRequestedAt(),
        c.getDispatchedAt(),
        c.getFirstAcceptedAt(),
        c.getFilledAt(),
        c.getFirstEnRouteAt(),
        c.getFirstOnSceneAt(),
        c.getClosedAt(),
        c.getEscalatedAt(),
        c.getPurgedAt() != null);
  }

  private static OfferView view(CalloutOffer o, Map<Long, String[]> names) {
    String[] name = names.get(o.getCounselorId());
    return new OfferView(
        o.getId(),
        o.getCalloutId(),
        o.getCounselorId(),
        name == null ? "" : name[0],
        name == null ? "" : name[1],
        o.getTier(),
        o.getDistanceKm(),
        o.isApproximate(),
        o.getResponse(),
        o.getOfferedAt(),
        o.getRespondedAt(),
        o.getEnRouteAt(),
        o.getOnSceneAt(),
        o.getClearedAt());
  }

  private void each(Consumer<CalloutNotifier> action) {
    for (CalloutNotifier notifier : notifiers) {
      try {
        action.accept(notifier);
      } catch (RuntimeException e) {
        log.warn(
            "Callout notifier {} failed: {}", notifier.getClass().getSimpleName(), e.toString());
      }
    }
  }

  /** Fills in each counselor's email (as the system) and hands the notices to the notifiers. */
  private void notifyAll(
      List<CalloutNotifier.Notice> notices, Consumer<CalloutNotifier.Notice> send) {
    if (notices.isEmpty()) {
      return;
    }
    notifying.execute(() ->
        SystemAccess.run(() -> {
          for (var n : notices) {
            String email =
                counselors
                    .findInScope(n.counselorId())
                    .map(org.leaps.portal.counselor.Counselor::getEmail)
                    .orElse(null);
            send.accept(
                new CalloutNotifier.Notice(
                    n.calloutId(),
                    n.offerId(),
                    n.counselorId(),
                    email,
                    n.category(),
                    n.where(),
                    n.meetingPoint(),
                    n.needed(),
                    n.distanceKm(),
                    n.approximate(),
                    n.respondLink()));
          }
        }));
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

  @jakarta.annotation.PreDestroy
  void stop() {
    notifying.shutdown();
  }
}
