package org.leaps.portal.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leaps.portal.agency.AgencyPlace;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.audit.FieldChange;
import org.leaps.portal.counselor.CounselorContact;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.security.AccessScope;
import org.leaps.portal.security.AccountContacts;
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

  private final AlertRepository alerts;
  private final AlertDeliveryRepository deliveries;
  private final AlertSenderRepository senders;
  private final AlertDeliveryStore store;
  private final AlertLiveFeed liveFeed;
  private final AckTokens tokens;
  private final CurrentUser currentUser;
  private final ApplicationEventPublisher publisher;
  private final AlertSettings settings;

  /** Alerts in the audit trail: sends and closes, by whom and when. */
  static final String AUDIT_SUBJECT = "Alert";

  private final AuditService audit;
  private final Clock clock;
  private final CounselorService counselors;
  private final AgencyService agencies;
  private final AccountContacts accounts;
  private final GeographyService geography;

  AlertService(
      AlertRepository alerts,
      AlertDeliveryRepository deliveries,
      AlertSenderRepository senders,
      AlertDeliveryStore store,
      AlertLiveFeed liveFeed,
      AckTokens tokens,
      CurrentUser currentUser,
      ApplicationEventPublisher publisher,
      AlertSettings settings,
      Clock clock,
      AuditService audit,
      CounselorService counselors,
      AgencyService agencies,
      AccountContacts accounts,
      GeographyService geography) {
    this.audit = audit;
    this.counselors = counselors;
    this.agencies = agencies;
    this.accounts = accounts;
    this.geography = geography;
    this.alerts = alerts;
    this.deliveries = deliveries;
    this.senders = senders;
    this.store = store;
    this.liveFeed = liveFeed;
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
    for (AccountContacts.Contact staff : accounts.withRoles(EnumSet.of(Role.STAFF))) {
      Long id = staff.accountId();
      result.add(new StaffSender(id, staff.displayName(), staff.email(), allowed.contains(id)));
    }
    result.sort(java.util.Comparator.comparing(StaffSender::displayName));
    return result;
  }

  @PreAuthorize("hasRole('DIRECTOR')")
  public void allowStaffToSend(Long accountId, boolean allowed) {
    boolean isStaff =
        accounts.withRoles(EnumSet.of(Role.STAFF)).stream()
            .anyMatch(staff -> accountId.equals(staff.accountId()));
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

  /**
   * How many people the draft reaches now; validates only the audience. The preview also carries
   * who they are, for {@link #send(AlertDraft, AudiencePreview)}.
   */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF')")
  @Transactional(readOnly = true)
  public AudiencePreview preview(AlertDraft draft) {
    PortalUser sender = requireSender();
    if (!draft.hasAudience()) {
      throw new AlertValidationException(
          "audience", "Choose an audience: statewide, or at least one region or agency.");
    }
    List<Recipient> people = List.copyOf(resolve(draft).values());
    return counted(new ConfirmedAudience(sender.accountId(), draft, clock.instant(), people));
  }

  /** The preview's counts of the people behind it. */
  private static AudiencePreview counted(ConfirmedAudience audience) {
    List<Recipient> people = audience.people();
    int counselorCount = (int) people.stream().filter(r -> r.counselorId() != null).count();
    return new AudiencePreview(
        people.size(), counselorCount, people.size() - counselorCount, audience);
  }

  /**
   * Prepares the draft for "Send this alert?": validates it, resolves its audience, and stores the
   * alert unsent with one delivery per person (decision 138), so that "Send now" ({@link
   * #send(AlertDraft, AudiencePreview)} with the result) only marks it sent and announces it. Until
   * then nobody sees it; {@link #discard} drops it, and an abandoned one is dropped after {@link
   * ConfirmedAudience#FRESH_FOR}.
   */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF')")
  public AudiencePreview prepare(AlertDraft draft) {
    PortalUser sender = requireSender();
    Instant now = clock.instant();
    validate(draft, now);
    List<Recipient> people = List.copyOf(resolve(draft).values());
    requireSomebody(people);
    Alert alert =
        storeWithDeliveries(
            Alert.unsent(draft, now, sender.accountId(), sender.displayName()), people);
    return counted(new ConfirmedAudience(sender.accountId(), draft, now, people, alert.getId()));
  }

  /**
   * Drops an alert {@link #prepare prepared} by the caller and not sent ("Cancel" in "Send this
   * alert?"). A sent alert, or one prepared by somebody else, is left as it is.
   */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF')")
  public void discard(AudiencePreview prepared) {
    PortalUser sender = currentUser.require();
    if (prepared != null
        && prepared.audience() != null
        && prepared.audience().isPreparedBy(sender.accountId())) {
      store.deleteUnsent(List.of(prepared.audience().preparedAlertId()));
    }
  }

  /** Validates, resolves the audience, stores the alert and its deliveries, and announces it. */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF')")
  public SentAlert send(AlertDraft draft) {
    return send(draft, null);
  }

  /**
   * Validates, stores the alert and one delivery per person, and announces it to every node. With
   * the preview the sender confirmed (same sender, same audience, at most two minutes old), the
   * alert goes to exactly the people that preview counted; otherwise (or with null) the audience is
   * resolved now. A {@link #prepare prepared} alert for exactly this draft is only marked sent: its
   * deliveries are stored already.
   */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF')")
  public SentAlert send(AlertDraft draft, AudiencePreview confirmed) {
    PortalUser sender = requireSender();
    Instant now = clock.instant();
    validate(draft, now);
    ConfirmedAudience audience = confirmed == null ? null : confirmed.audience();
    boolean stands = audience != null && audience.standsFor(draft, sender.accountId(), now);
    if (stands) {
      Optional<Long> prepared = audience.preparedAlertFor(draft);
      if (prepared.isPresent()) {
        Optional<SentAlert> sent = sendPrepared(prepared.get(), audience.people(), now);
        if (sent.isPresent()) {
          return sent.get();
        }
      }
    }
    List<Recipient> people = stands ? audience.people() : List.copyOf(resolve(draft).values());
    requireSomebody(people);
    Alert alert =
        storeWithDeliveries(
            new Alert(draft, now, sender.accountId(), sender.displayName()), people);
    return announce(alert, people);
  }

  /** Stores the alert, sent or prepared, and one delivery per person. */
  private Alert storeWithDeliveries(Alert alert, List<Recipient> people) {
    alert.setRecipientCount(people.size());
    Alert stored = alerts.saveAndFlush(alert);
    store.insertDeliveries(stored.getId(), people);
    return stored;
  }

  /**
   * Marks a prepared alert sent and announces it. Sent already (a second "Send now" for the same
   * confirmation), it is the same alert and is not announced twice; dropped meanwhile, it is empty
   * and the caller sends afresh.
   */
  private Optional<SentAlert> sendPrepared(long alertId, List<Recipient> people, Instant now) {
    if (alerts.markSent(alertId, now) == 1) {
      return alerts.findById(alertId).map(alert -> announce(alert, people));
    }
    return alerts
        .findLatest(alertId)
        .filter(Alert::isSent)
        .map(alert -> new SentAlert(alert.getId(), alert.getRecipientCount()));
  }

  private static void requireSomebody(List<Recipient> people) {
    if (people.isEmpty()) {
      throw new AlertValidationException(
          "audience", "Nobody is in this audience. Choose other regions, agencies or role.");
    }
  }

  /** Tells this node's pages, every node (through the relay), the mailer and the audit trail. */
  private SentAlert announce(Alert alert, List<Recipient> people) {
    liveFeed.sending(AlertDeliveryStore.sentSignal(alert, people));
    publisher.publishEvent(new AlertActivity(alert.getId(), AlertActivity.Kind.SENT, null));
    audit.record(
        AuditAction.SEND,
        AUDIT_SUBJECT,
        alert.getId(),
        alert.getTitle(),
        null,
        List.of(
            new FieldChange("Severity", null, alert.getSeverity().label()),
            new FieldChange("Recipients", null, String.valueOf(people.size()))));
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
    Set<Long> agencyIds = draft.agencyIds();
    Set<String> regions = draft.regionCodes();
    Role role = draft.role();
    Map<String, Recipient> people = new LinkedHashMap<>();
    if (role == null || role == Role.COUNSELOR) {
      List<CounselorContact> found = counselors.alertAudience(statewide, agencyIds, regions);
      Map<Long, Long> accountByCounselor = new HashMap<>();
      List<Long> counselorIds = found.stream().map(CounselorContact::counselorId).toList();
      for (int from = 0; from < counselorIds.size(); from += 1000) {
        for (var link :
            accounts.accountsOfCounselors(
                counselorIds.subList(from, Math.min(counselorIds.size(), from + 1000)))) {
          accountByCounselor.put(link.counselorId(), link.accountId());
        }
      }
      for (CounselorContact c : found) {
        add(
            people,
            new Recipient(
                c.email(),
                c.fullName(),
                accountByCounselor.get(c.counselorId()),
                c.counselorId(),
                c.agencyId(),
                c.regionCode()));
      }
    }
    if (role == null || role == Role.LIAISON) {
      Map<Long, String> regionOfAgency = new HashMap<>();
      for (AgencyPlace place : agencies.places(statewide, agencyIds, regions)) {
        regionOfAgency.put(place.agencyId(), place.regionCode());
      }
      for (var liaison : accounts.liaisonsOf(regionOfAgency.keySet())) {
        add(
            people,
            new Recipient(
                liaison.email(),
                liaison.displayName(),
                liaison.accountId(),
                null,
                liaison.agencyId(),
                regionOfAgency.get(liaison.agencyId())));
      }
    }
    if (statewide && (role == null || role.isStatewide())) {
      Set<Role> roles = role == null ? EnumSet.of(Role.DIRECTOR, Role.STAFF) : EnumSet.of(role);
      for (AccountContacts.Contact account : accounts.withRoles(roles)) {
        add(
            people,
            new Recipient(
                account.email(), account.displayName(), account.accountId(), null, null, null));
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
          deliveries.markRead(d.getId(), now);
          return InboxItem.of(d, now).asRead();
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

  /** In one statement (see the repository), so that two pages answering at once both succeed. */
  private void acknowledge(AlertDelivery delivery) {
    if (deliveries.acknowledge(delivery.getId(), clock.instant()) == 1) {
      publisher.publishEvent(
          new AlertActivity(
              delivery.getAlert().getId(), AlertActivity.Kind.ACKNOWLEDGED, delivery.getEmail()));
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
    if (found.isEmpty() || !found.get().getAlert().isSent()) {
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
        .filter(Alert::isSent)
        .map(alert -> {
          List<Tracking.Row> byRegion = byRegion(alertId);
          long open = byRegion.stream().mapToLong(r -> r.total() - r.acknowledged()).sum();
          return new Tracking(
              AlertSummary.of(alert),
              alert.isActive(now),
              byAgency(alertId),
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

  /** Per agency, by agency name; people without an agency (program staff) first. */
  private List<Tracking.Row> byAgency(Long alertId) {
    List<Object[]> rows = deliveries.countsByAgency(alertId);
    List<Long> ids = rows.stream().map(row -> (Long) row[0]).filter(id -> id != null).toList();
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      agencies.places(false, ids, List.of()).forEach(p -> names.put(p.agencyId(), p.name()));
    }
    List<Tracking.Row> result = new ArrayList<>();
    rows.stream()
        .sorted(
            java.util.Comparator.comparing(
                (Object[] row) -> names.get((Long) row[0]),
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
        .forEach(
            row -> result.add(row(names.get((Long) row[0]), "No agency (program staff)", row)));
    return result;
  }

  /** Per region, by region code; statewide staff (no region) first. */
  private List<Tracking.Row> byRegion(Long alertId) {
    Map<String, String> names = new HashMap<>();
    geography.regions().forEach(r -> names.put(r.getCode(), r.getName()));
    List<Tracking.Row> result = new ArrayList<>();
    for (Object[] row : deliveries.countsByRegion(alertId)) {
      result.add(row(names.get((String) row[0]), "Statewide staff", row));
    }
    return result;
  }

  /** One row from [key, total, acknowledged, reached]. */
  private static Tracking.Row row(String name, String unnamed, Object[] counts) {
    long total = ((Number) counts[1]).longValue();
    long acknowledged = ((Number) counts[2]).longValue();
    long reached = ((Number) counts[3]).longValue();
    return new Tracking.Row(
        name != null ? name : unnamed,
        total,
        acknowledged,
        reached - acknowledged,
        total - reached);
  }

  /** Who in the caller's agencies has not acknowledged, with phones, to call them. */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')")
  @Transactional(readOnly = true)
  public Page<FollowUp> notAcknowledged(Long alertId, Pageable pageable) {
    AccessScope scope = currentUser.scope();
    Page<Object[]> page =
        deliveries.findNotAcknowledged(
            alertId, scope.statewide(), scope.agencyIdsForQuery(), pageable);
    // Phones and agency names of this page only, through their modules (and the caller's scope).
    Set<Long> counselorIds = new java.util.HashSet<>();
    Set<Long> agencyIds = new java.util.HashSet<>();
    for (Object[] row : page) {
      if (row[1] != null) {
        counselorIds.add((Long) row[1]);
      }
      if (row[2] != null) {
        agencyIds.add((Long) row[2]);
      }
    }
    Map<Long, CounselorContact> contacts = new HashMap<>();
    counselors.contactsInScope(counselorIds).forEach(c -> contacts.put(c.counselorId(), c));
    Map<Long, String> agencyNames = new HashMap<>();
    if (!agencyIds.isEmpty()) {
      agencies
          .places(false, agencyIds, List.of())
          .forEach(p -> agencyNames.put(p.agencyId(), p.name()));
    }
    return page.map(row -> {
      CounselorContact contact = row[1] == null ? null : contacts.get((Long) row[1]);
      return new FollowUp(
          (String) row[0],
          contact == null ? null : contact.mobilePhone(),
          contact == null ? null : contact.workPhone(),
          row[2] == null ? null : agencyNames.get((Long) row[2]),
          row[3] != null);
    });
  }

  @PreAuthorize("hasRole('DIRECTOR')")
  public void close(Long alertId) {
    Alert alert = alerts.findById(alertId).filter(Alert::isSent).orElseThrow();
    if (alert.getClosedAt() == null) {
      alert.close(clock.instant());
      publisher.publishEvent(new AlertActivity(alertId, AlertActivity.Kind.CLOSED, null));
      audit.record(AuditAction.CLOSE, AUDIT_SUBJECT, alertId, alert.getTitle(), null, List.of());
    }
  }

  // --- Values ----------------------------------------------------------------------------------

  /**
   * A preview's counts, and the people behind them ({@code audience}, opaque) for sending to
   * exactly them.
   */
  public record AudiencePreview(
      int people, int counselors, int otherAccounts, ConfirmedAudience audience) {}

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
