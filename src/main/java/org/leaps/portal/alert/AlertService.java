package org.leaps.portal.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leaps.portal.security.AccessScope;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything people do with alerts: compose and send (director, and staff the director allows),
 * read and acknowledge (everyone signed in), track (director and staff; liaisons for their own
 * agency) and close (director).
 */
@Service
@Transactional
public class AlertService {

  private static final List<Long> NO_AGENCIES = List.of(-1L);
  private static final List<String> NO_REGIONS = List.of("--");

  private final AlertRepository alerts;
  private final AlertDeliveryRepository deliveries;
  private final AlertSenderRepository senders;
  private final AlertDeliveryStore store;
  private final AlertEventLog events;
  private final AckTokens tokens;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher publisher;
  private final AlertSettings settings;
  private final Clock clock;

  AlertService(
      AlertRepository alerts,
      AlertDeliveryRepository deliveries,
      AlertSenderRepository senders,
      AlertDeliveryStore store,
      AlertEventLog events,
      AckTokens tokens,
      CurrentUser currentUser,
      ApplicationEventPublisher publisher,
      AlertSettings settings,
      Clock clock) {
    this.alerts = alerts;
    this.deliveries = deliveries;
    this.senders = senders;
    this.store = store;
    this.events = events;
    this.tokens = tokens;
    this.currentUser = currentUser;
    this.publisher = publisher;
    this.settings = settings;
    this.clock = clock;
  }

  // --- Who may send ----------------------------------------------------------------------------

  /** The director always; staff only when the director has allowed them. */
  @PreAuthorize(Role.IN_PROGRAM)
  @Transactional(readOnly = true)
  public boolean currentUserMaySend() {
    return maySend(currentUser.require());
  }

  private boolean maySend(PortalUser user) {
    if (user.has(Role.DIRECTOR)) {
      return true;
    }
    return user.has(Role.STAFF) && user.accountId() != null && senders.existsById(user.accountId());
  }

  private PortalUser requireSender() {
    PortalUser user = currentUser.require();
    if (!maySend(user)) {
      throw new AccessDeniedException(
          "Only the director and staff the director allows send alerts");
    }
    return user;
  }

  /** Staff accounts and whether each may send alerts. */
  @PreAuthorize("hasRole('DIRECTOR')")
  @Transactional(readOnly = true)
  public List<StaffSender> staffSenders() {
    Set<Long> allowed = new java.util.HashSet<>();
    senders.findAll().forEach(s -> allowed.add(s.getAccountId()));
    List<StaffSender> result = new ArrayList<>();
    for (Object[] row : deliveries.accountsWithRoles(EnumSet.of(Role.STAFF))) {
      Long id = (Long) row[0];
      result.add(new StaffSender(id, (String) row[2], (String) row[1], allowed.contains(id)));
    }
    result.sort(java.util.Comparator.comparing(StaffSender::displayName));
    return result;
  }

  @PreAuthorize("hasRole('DIRECTOR')")
  public void allowStaffToSend(Long accountId, boolean allowed) {
    boolean isStaff =
        deliveries.accountsWithRoles(EnumSet.of(Role.STAFF)).stream()
            .anyMatch(row -> accountId.equals(row[0]));
    if (!isStaff) {
      throw new IllegalArgumentException("Only staff accounts can be allowed to send alerts");
    }
    if (allowed && !senders.existsById(accountId)) {
      senders.save(
          new AlertSender(accountId, clock.instant(), currentUser.require().displayName()));
    } else if (!allowed) {
      senders.deleteById(accountId);
    }
  }

  // --- Compose and send ------------------------------------------------------------------------

  /** How many people the draft reaches now; validates only the audience. */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF')")
  @Transactional(readOnly = true)
  public AudiencePreview preview(AlertDraft draft) {
    requireSender();
    if (!draft.hasAudience()) {
      throw new AlertValidationException(
          "audience", "Choose an audience: statewide, or at least one region or agency.");
    }
    Collection<Recipient> people = resolve(draft).values();
    long counselors = people.stream().filter(r -> r.counselorId() != null).count();
    return new AudiencePreview(people.size(), (int) counselors, people.size() - (int) counselors);
  }

  /** Validates, stores the alert and one delivery per person, and announces it to every node. */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF')")
  public SentAlert send(AlertDraft draft) {
    PortalUser sender = requireSender();
    Instant now = clock.instant();
    validate(draft, now);
    List<Recipient> people = List.copyOf(resolve(draft).values());
    if (people.isEmpty()) {
      throw new AlertValidationException(
          "audience", "Nobody is in this audience. Choose other regions, agencies or role.");
    }
    var alert = new Alert(draft, now, sender.accountId(), sender.displayName());
    alert.setRecipientCount(people.size());
    alert = alerts.saveAndFlush(alert);
    store.insertDeliveries(alert.getId(), people);
    events.append(alert.getId(), AlertEventLog.Kind.SENT, null);
    publisher.publishEvent(new AlertSentEvent(alert.getId()));
    return new SentAlert(alert.getId(), people.size());
  }

  /** Checks the draft without sending; throws naming the first field to fix. */
  public static void validate(AlertDraft draft, Instant now) {
    String title = draft.title().strip();
    if (title.isEmpty()) {
      throw new AlertValidationException("title", "Enter a title.");
    }
    if (title.length() > Alert.TITLE_MAX) {
      throw new AlertValidationException(
          "title", "The title can have at most " + Alert.TITLE_MAX + " characters.");
    }
    String message = draft.message().strip();
    if (message.isEmpty()) {
      throw new AlertValidationException("message", "Enter a message.");
    }
    if (message.length() > Alert.MESSAGE_MAX) {
      throw new AlertValidationException(
          "message",
          String.format(
              "The message can have at most 2,000 characters; it has %,d.", message.length()));
    }
    if (draft.severity() == null) {
      throw new AlertValidationException("severity", "Choose a severity.");
    }
    if (!draft.hasAudience()) {
      throw new AlertValidationException(
          "audience", "Choose an audience: statewide, or at least one region or agency.");
    }
    if (draft.expiresAt() == null || !draft.expiresAt().isAfter(now)) {
      throw new AlertValidationException("expiry", "Choose an expiry in the future.");
    }
  }

  /**
   * The people a draft reaches, one per email address: active counselors of the chosen agencies or
   * of the chosen regions (by home county), liaisons of those agencies or of agencies in those
   * regions, and, for a statewide alert, the director and staff. The optional role narrows this.
   */
  private Map<String, Recipient> resolve(AlertDraft draft) {
    boolean statewide = draft.statewide();
    List<Long> agencyIds =
        draft.agencyIds().isEmpty() ? NO_AGENCIES : List.copyOf(draft.agencyIds());
    List<String> regions =
        draft.regionCodes().isEmpty() ? NO_REGIONS : List.copyOf(draft.regionCodes());
    Role role = draft.role();
    Map<String, Recipient> people = new LinkedHashMap<>();
    if (role == null || role == Role.COUNSELOR) {
      List<Object[]> rows = deliveries.audienceCounselors(statewide, agencyIds, regions);
      Map<Long, Long> accountByCounselor = new HashMap<>();
      List<Long> counselorIds = rows.stream().map(r -> (Long) r[2]).toList();
      for (int from = 0; from < counselorIds.size(); from += 1000) {
        for (Object[] link :
            deliveries.accountsOfCounselors(
                counselorIds.subList(from, Math.min(counselorIds.size(), from + 1000)))) {
          accountByCounselor.put((Long) link[0], (Long) link[1]);
        }
      }
      for (Object[] row : rows) {
        Long counselorId = (Long) row[2];
        add(
            people,
            new Recipient(
                (String) row[0],
                (String) row[1],
                accountByCounselor.get(counselorId),
                counselorId,
                (Long) row[3],
                (String) row[4]));
      }
    }
    if (role == null || role == Role.LIAISON) {
      for (Object[] row : deliveries.audienceLiaisons(statewide, agencyIds, regions)) {
        add(
            people,
            new Recipient(
                (String) row[1],
                (String) row[2],
                (Long) row[0],
                null,
                (Long) row[3],
                (String) row[4]));
      }
    }
    if (statewide && (role == null || role.isStatewide())) {
      Set<Role> roles = role == null ? EnumSet.of(Role.DIRECTOR, Role.STAFF) : EnumSet.of(role);
      for (Object[] row : deliveries.accountsWithRoles(roles)) {
        add(
            people,
            new Recipient((String) row[1], (String) row[2], (Long) row[0], null, null, null));
      }
    }
    return people;
  }

  private static void add(Map<String, Recipient> people, Recipient recipient) {
    people.merge(recipient.email(), recipient, Recipient::merge);
  }

  // --- Inbox and acknowledgement ---------------------------------------------------------------

  @PreAuthorize(Role.IN_PROGRAM)
  @Transactional(readOnly = true)
  public Page<InboxItem> inbox(Pageable pageable) {
    PortalUser me = currentUser.require();
    Instant now = clock.instant();
    return deliveries.findMine(key(me), accountKey(me), pageable).map(d -> InboxItem.of(d, now));
  }

  @PreAuthorize(Role.IN_PROGRAM)
  @Transactional(readOnly = true)
  public long unreadCount() {
    PortalUser me = currentUser.require();
    return deliveries.countUnread(key(me), accountKey(me), clock.instant());
  }

  /** Ids of the person's active alerts not yet read, for the bell. */
  @PreAuthorize(Role.IN_PROGRAM)
  @Transactional(readOnly = true)
  public java.util.Set<Long> unreadAlertIds() {
    PortalUser me = currentUser.require();
    return new java.util.HashSet<>(
        deliveries.findUnreadAlertIds(key(me), accountKey(me), clock.instant()));
  }

  /** Active critical alerts this person still has to acknowledge (shown at sign-in). */
  @PreAuthorize(Role.IN_PROGRAM)
  @Transactional(readOnly = true)
  public List<InboxItem> openCriticalAlerts() {
    PortalUser me = currentUser.require();
    Instant now = clock.instant();
    return deliveries.findOpenCritical(key(me), accountKey(me), now).stream()
        .map(d -> InboxItem.of(d, now))
        .toList();
  }

  /** Opens one of the person's alerts and marks it read; another person's alert is not found. */
  @PreAuthorize(Role.IN_PROGRAM)
  public Optional<InboxItem> open(Long alertId) {
    PortalUser me = currentUser.require();
    Instant now = clock.instant();
    return deliveries
        .findMineFor(alertId, key(me), accountKey(me))
        .map(d -> {
          d.markRead(now);
          return InboxItem.of(d, now);
        });
  }

  /** Acknowledges one of the person's alerts; returns false if it is not theirs. */
  @PreAuthorize(Role.IN_PROGRAM)
  public boolean acknowledge(Long alertId) {
    PortalUser me = currentUser.require();
    Optional<AlertDelivery> delivery = deliveries.findMineFor(alertId, key(me), accountKey(me));
    delivery.ifPresent(this::acknowledge);
    return delivery.isPresent();
  }

  private void acknowledge(AlertDelivery delivery) {
    if (delivery.acknowledge(clock.instant())) {
      events.append(
          delivery.getAlert().getId(), AlertEventLog.Kind.ACKNOWLEDGED, delivery.getEmail());
    }
  }

  /**
   * Acknowledges through an email link. The token must be genuine, unused and addressed to the
   * signed-in person; it is spent on success.
   */
  @PreAuthorize(Role.IN_PROGRAM)
  public TokenResult acknowledgeByToken(String token) {
    PortalUser me = currentUser.require();
    var deliveryId = tokens.verify(token);
    if (deliveryId.isEmpty()) {
      return new TokenResult(TokenResult.Outcome.INVALID, null);
    }
    Optional<AlertDelivery> found = deliveries.findById(deliveryId.getAsLong());
    if (found.isEmpty()) {
      return new TokenResult(TokenResult.Outcome.INVALID, null);
    }
    AlertDelivery delivery = found.get();
    boolean mine =
        delivery.getEmail().equalsIgnoreCase(me.email())
            || (me.accountId() != null && me.accountId().equals(delivery.getAccountId()));
    if (!mine) {
      return new TokenResult(TokenResult.Outcome.NOT_YOURS, null);
    }
    String title = delivery.getAlert().getTitle();
    if (delivery.getTokenUsedAt() != null) {
      return new TokenResult(TokenResult.Outcome.ALREADY_USED, title);
    }
    delivery.useToken(clock.instant());
    acknowledge(delivery);
    return new TokenResult(TokenResult.Outcome.ACKNOWLEDGED, title);
  }

  private static String key(PortalUser me) {
    return me.email() == null ? "" : me.email().toLowerCase(java.util.Locale.ROOT);
  }

  private static Long accountKey(PortalUser me) {
    return me.accountId() == null ? -1L : me.accountId();
  }

  // --- Tracking --------------------------------------------------------------------------------

  /** Active alerts, newest first, for the director's and staff's tracking. */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF')")
  @Transactional(readOnly = true)
  public List<AlertSummary> activeAlerts() {
    return alerts.findActive(clock.instant()).stream().map(AlertSummary::of).toList();
  }

  /** Active alerts that reach people in the caller's agencies (all, for director and staff). */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')")
  @Transactional(readOnly = true)
  public List<AlertSummary> activeAlertsInScope() {
    AccessScope scope = currentUser.scope();
    return alerts
        .findActiveInScope(clock.instant(), scope.statewide(), scope.agencyIdsForQuery())
        .stream()
        .map(AlertSummary::of)
        .toList();
  }

  /**
   * The most recent alerts that ended (closed or expired), newest first, for tracking history. They
   * stay readable in the tracking view and in everyone's inbox.
   */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF')")
  @Transactional(readOnly = true)
  public List<AlertSummary> recentlyEndedAlerts(int limit) {
    return alerts
        .findEnded(clock.instant(), org.springframework.data.domain.PageRequest.of(0, limit))
        .map(AlertSummary::of)
        .getContent();
  }

  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF')")
  @Transactional(readOnly = true)
  public Optional<Tracking> tracking(Long alertId) {
    Instant now = clock.instant();
    return alerts
        .findById(alertId)
        .map(alert -> {
          List<Tracking.Row> byRegion =
              counts(deliveries.countsByRegion(alertId), "Statewide staff");
          long open = byRegion.stream().mapToLong(r -> r.total() - r.acknowledged()).sum();
          return new Tracking(
              AlertSummary.of(alert),
              alert.isActive(now),
              counts(deliveries.countsByAgency(alertId), "No agency (program staff)"),
              byRegion,
              reminders(alert, open, now));
        });
  }

  /** The alert's reminder rounds, and when the next one is due (the rule of AlertReminderJob). */
  private Tracking.Reminders reminders(Alert alert, long notAcknowledged, Instant now) {
    int max = settings.reminderMax();
    Instant nextDue = null;
    if (alert.isAckRequired()
        && alert.isActive(now)
        && notAcknowledged > 0
        && alert.getReminderCount() < max) {
      Instant last = alert.getRemindedAt() != null ? alert.getRemindedAt() : alert.getSentAt();
      Instant next = last.plus(settings.reminderDelay());
      if (next.isBefore(alert.getExpiresAt())) {
        nextDue = next;
      }
    }
    return new Tracking.Reminders(alert.getReminderCount(), max, alert.getRemindedAt(), nextDue);
  }

  private static List<Tracking.Row> counts(List<Object[]> rows, String unnamed) {
    List<Tracking.Row> result = new ArrayList<>();
    for (Object[] row : rows) {
      String name = row[1] != null ? (String) row[1] : unnamed;
      long total = ((Number) row[2]).longValue();
      long acknowledged = ((Number) row[3]).longValue();
      long reached = ((Number) row[4]).longValue();
      result.add(
          new Tracking.Row(name, total, acknowledged, reached - acknowledged, total - reached));
    }
    return result;
  }

  /** Who in the caller's agencies has not acknowledged, with phones, to call them. */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')")
  @Transactional(readOnly = true)
  public Page<FollowUp> notAcknowledged(Long alertId, Pageable pageable) {
    AccessScope scope = currentUser.scope();
    return deliveries
        .findNotAcknowledged(alertId, scope.statewide(), scope.agencyIdsForQuery(), pageable)
        .map(row ->
            new FollowUp(
                (String) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                row[4] != null));
  }

  @PreAuthorize("hasRole('DIRECTOR')")
  public void close(Long alertId) {
    Alert alert = alerts.findById(alertId).orElseThrow();
    if (alert.getClosedAt() == null) {
      alert.close(clock.instant());
      events.append(alertId, AlertEventLog.Kind.CLOSED, null);
    }
  }

  // --- Values ----------------------------------------------------------------------------------

  public record AudiencePreview(int people, int counselors, int otherAccounts) {}

  public record SentAlert(long alertId, int recipients) {}

  public record StaffSender(Long accountId, String displayName, String email, boolean allowed) {}

  public record TokenResult(Outcome outcome, String alertTitle) {
    public enum Outcome {
      ACKNOWLEDGED,
      ALREADY_USED,
      NOT_YOURS,
      INVALID
    }
  }

  public record FollowUp(
      String name, String mobilePhone, String workPhone, String agencyName, boolean reached) {}

  record AlertSentEvent(long alertId) {}
}
