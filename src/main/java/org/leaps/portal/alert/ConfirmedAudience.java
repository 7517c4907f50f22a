package org.leaps.portal.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.leaps.portal.security.Role;

/**
 * The people a preview resolved, as the sender saw them counted in "Send this alert?". Handed back
 * to {@link AlertService#send(AlertDraft, AlertService.AudiencePreview)}, the alert goes to exactly
 * them instead of resolving the audience a second time a few seconds later: that second resolve
 * (ten thousand counselors, their accounts, liaisons, staff) was a quarter of a second before a
 * statewide alert could be pushed at 1,000 users (decision 134).
 *
 * <p>From {@link AlertService#prepare(AlertDraft)} it also names the alert stored unsent, with a
 * delivery for each of these people, for exactly this draft (decision 138): "Send now" then only
 * marks it sent.
 *
 * <p>Opaque outside this module: only {@link AlertService} creates one, from the database, and it
 * stays on the server (in the sender's page). It is used only by the same sender, for the same
 * audience choice, and for {@link #FRESH_FOR} after the preview; otherwise the send resolves again.
 */
public final class ConfirmedAudience {

  /** How long a preview's people stand for the audience; a longer-open dialog resolves again. */
  static final Duration FRESH_FOR = Duration.ofMinutes(2);

  private final Long senderAccountId;
  private final boolean statewide;
  private final Set<String> regionCodes;
  private final Set<Long> agencyIds;
  private final Role role;
  private final Instant resolvedAt;
  private final List<Recipient> people;
  private final AlertDraft draft;
  private final Long preparedAlertId;

  ConfirmedAudience(
      Long senderAccountId, AlertDraft draft, Instant resolvedAt, List<Recipient> people) {
    this(senderAccountId, draft, resolvedAt, people, null);
  }

  ConfirmedAudience(
      Long senderAccountId,
      AlertDraft draft,
      Instant resolvedAt,
      List<Recipient> people,
      Long preparedAlertId) {
    this.draft = draft;
    this.preparedAlertId = preparedAlertId;
    this.senderAccountId = senderAccountId;
    this.statewide = draft.statewide();
    this.regionCodes = draft.regionCodes();
    this.agencyIds = draft.agencyIds();
    this.role = draft.role();
    this.resolvedAt = resolvedAt;
    this.people = List.copyOf(people);
  }

  /** Whether this preview stands for the draft's audience, sent by this sender, now. */
  boolean standsFor(AlertDraft draft, Long senderAccountId, Instant now) {
    return Objects.equals(this.senderAccountId, senderAccountId)
        && statewide == draft.statewide()
        && regionCodes.equals(draft.regionCodes())
        && agencyIds.equals(draft.agencyIds())
        && role == draft.role()
        && !now.isBefore(resolvedAt)
        && now.isBefore(resolvedAt.plus(FRESH_FOR));
  }

  List<Recipient> people() {
    return people;
  }

  /** Whether a sender's prepared alert; a preview of counts only has none. */
  boolean isPreparedBy(Long senderAccountId) {
    return preparedAlertId != null && Objects.equals(this.senderAccountId, senderAccountId);
  }

  /** The alert stored unsent for this draft, if it is exactly the draft now being sent. */
  java.util.Optional<Long> preparedAlertFor(AlertDraft draft) {
    return preparedAlertId != null && this.draft.equals(draft)
        ? java.util.Optional.of(preparedAlertId)
        : java.util.Optional.empty();
  }

  Long preparedAlertId() {
    return preparedAlertId;
  }
}
