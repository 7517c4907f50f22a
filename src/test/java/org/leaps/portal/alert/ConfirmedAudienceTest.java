package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leaps.portal.security.Role;

/** When a preview's people stand for the alert being sent, and when the send resolves again. */
class ConfirmedAudienceTest {

  private static final Instant PREVIEWED = Instant.parse("2026-12-01T10:00:00Z");
  private static final long SENDER = 7L;

  private final AlertDraft draft = draft(false, Set.of("R1"), Set.of(3L), null);
  private final ConfirmedAudience audience =
      new ConfirmedAudience(
          SENDER,
          draft,
          PREVIEWED,
          List.of(new Recipient("Peer@Example.org", "A Peer", null, 1L, 3L, "R1")));

  @Test
  void standsForTheSameAudienceBySameSenderWithinTwoMinutes() {
    assertThat(audience.standsFor(draft, SENDER, PREVIEWED.plusSeconds(5))).isTrue();
    assertThat(audience.standsFor(draft, SENDER, PREVIEWED.plus(Duration.ofSeconds(119)))).isTrue();
  }

  @Test
  void aPreviewOlderThanTwoMinutesIsResolvedAgain() {
    assertThat(audience.standsFor(draft, SENDER, PREVIEWED.plus(Duration.ofMinutes(2)))).isFalse();
    assertThat(audience.standsFor(draft, SENDER, PREVIEWED.minusSeconds(1))).isFalse();
  }

  @Test
  void anotherSenderOrAnotherAudienceIsResolvedAgain() {
    Instant now = PREVIEWED.plusSeconds(5);
    assertThat(audience.standsFor(draft, 8L, now)).isFalse();
    assertThat(audience.standsFor(draft(true, Set.of("R1"), Set.of(3L), null), SENDER, now))
        .isFalse();
    assertThat(audience.standsFor(draft(false, Set.of("R2"), Set.of(3L), null), SENDER, now))
        .isFalse();
    assertThat(audience.standsFor(draft(false, Set.of("R1"), Set.of(4L), null), SENDER, now))
        .isFalse();
    assertThat(
            audience.standsFor(draft(false, Set.of("R1"), Set.of(3L), Role.LIAISON), SENDER, now))
        .isFalse();
  }

  @Test
  void theTitleAndMessageMayChangeAfterThePreview() {
    AlertDraft edited =
        new AlertDraft(
            "Another title",
            "Another message",
            Severity.CRITICAL,
            false,
            Set.of("R1"),
            Set.of(3L),
            null,
            false,
            PREVIEWED.plus(Duration.ofHours(1)));
    assertThat(audience.standsFor(edited, SENDER, PREVIEWED.plusSeconds(5))).isTrue();
  }

  private static AlertDraft draft(
      boolean statewide, Set<String> regions, Set<Long> agencies, Role role) {
    return new AlertDraft(
        "Title",
        "Message",
        Severity.URGENT,
        statewide,
        regions,
        agencies,
        role,
        true,
        PREVIEWED.plus(Duration.ofHours(1)));
  }
}
