package org.leaps.portal.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.leaps.portal.security.SignInRefused;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a refused Keycloak link (decision 045) into the trail for the director. Nobody is signed in
 * yet, so the actor is the Keycloak person as Keycloak described them. Statewide (no agency), so
 * the director and staff see it, not the liaison of the agency whose record was named.
 */
@Component
class SignInRefusalRecorder {

  private final AuditEventRepository events;
  private final Clock clock;

  SignInRefusalRecorder(AuditEventRepository events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @EventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(SignInRefused refusal) {
    String claimed = refusal.claimedEmail() != null ? refusal.claimedEmail() : refusal.subject();
    String name = refusal.displayName() != null ? refusal.displayName() : claimed;
    var event =
        new AuditEvent(
            clock.instant(),
            null,
            clip(claimed, 254),
            clip(name, 120),
            AuditAction.SIGN_IN_REFUSED,
            refusal.targetType(),
            refusal.targetId(),
            refusal.targetLabel(),
            null);
    List<FieldChange> facts = new ArrayList<>();
    facts.add(new FieldChange("Reason", null, refusal.reason().label()));
    facts.add(new FieldChange("Keycloak user", null, refusal.subject()));
    facts.add(new FieldChange("Email verified", null, refusal.emailVerified() ? "yes" : "no"));
    facts.add(
        new FieldChange(
            "Organizations",
            null,
            refusal.agencyCodes().isEmpty()
                ? "none"
                : String.join(", ", refusal.agencyCodes().stream().sorted().toList())));
    event.setChanges(facts);
    events.save(event);
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
