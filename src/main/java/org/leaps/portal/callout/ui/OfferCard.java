package org.leaps.portal.callout.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import org.leaps.portal.callout.AnswerOutcome;
import org.leaps.portal.callout.CalloutInputException;
import org.leaps.portal.callout.CalloutService;
import org.leaps.portal.callout.MyOffer;
import org.springframework.security.access.AccessDeniedException;

/**
 * One callout offered to the signed-in counselor, with one-tap buttons for what they can do now:
 * accept or decline; then en route, on scene, done. Used by the inbox, the link page and the
 * dialog.
 */
class OfferCard extends Div {

  private final CalloutService callouts;
  private final Clock clock;
  private final Runnable afterChange;
  final Button accept = new Button("Accept");
  final Button decline = new Button("Decline");
  final Button enRoute = new Button("En route");
  final Button onScene = new Button("On scene");
  final Button done = new Button("Done, clear me");
  final Span stage = new Span();

  OfferCard(CalloutService callouts, Clock clock, MyOffer offer, Runnable afterChange) {
    this.callouts = callouts;
    this.clock = clock;
    this.afterChange = afterChange;
    addClassName("offer-card");
    getElement().setAttribute("data-offer", String.valueOf(offer.offer().offerId()));
    var c = offer.callout();
    var title = new Span(c.category().label() + ", " + c.where());
    title.addClassName("card-title");
    var meet =
        new Paragraph("Meet at: " + (c.meetingPoint() == null ? "(purged)" : c.meetingPoint()));
    var facts =
        new Paragraph(
            c.agencyName()
                + " asks for "
                + c.needed()
                + (c.needed() == 1 ? " counselor. " : " counselors. ")
                + CalloutFormat.km(offer.offer().distanceKm(), offer.offer().approximate())
                + " from you. Asked "
                + CalloutFormat.when(offer.offer().offeredAt(), clock)
                + ".");
    stage.setText(
        c.state().isOpen() ? offer.offer().stage() : offer.offer().stage() + ", callout closed");
    stage.addClassName("card-count");
    accept.addThemeVariants(ButtonVariant.PRIMARY);
    accept.addClassName("accept");
    decline.addClassName("decline");
    enRoute.addThemeVariants(ButtonVariant.PRIMARY);
    onScene.addThemeVariants(ButtonVariant.PRIMARY);
    long id = offer.offer().offerId();
    accept.addClickListener(e -> answer(() -> callouts.accept(id)));
    decline.addClickListener(e -> answer(() -> callouts.decline(id)));
    enRoute.addClickListener(e -> act(() -> callouts.markEnRoute(id), "Marked en route"));
    onScene.addClickListener(e -> act(() -> callouts.markOnScene(id), "Marked on scene"));
    done.addClickListener(
        e -> act(() -> callouts.clearMine(id), "Cleared: your own status is back"));
    var buttons = new Div();
    buttons.addClassName("offer-buttons");
    if (offer.canAnswer()) {
      buttons.add(accept, decline);
    } else if (offer.isOnIt()) {
      if (offer.offer().enRouteAt() == null) {
        buttons.add(enRoute);
      }
      if (offer.offer().onSceneAt() == null) {
        buttons.add(onScene);
      }
      buttons.add(done);
    }
    add(title, stage, meet, facts, buttons);
  }

  private void answer(java.util.function.Supplier<AnswerOutcome> action) {
    try {
      AnswerOutcome outcome = action.get();
      if (outcome == AnswerOutcome.FILLED) {
        CalloutErrors.show(new IllegalStateException(outcome.message()));
      } else {
        CalloutErrors.ok(outcome.message());
      }
    } catch (CalloutInputException | AccessDeniedException e) {
      CalloutErrors.show(e);
    }
    afterChange.run();
  }

  private void act(Runnable action, String message) {
    try {
      action.run();
      CalloutErrors.ok(message);
    } catch (CalloutInputException | AccessDeniedException e) {
      CalloutErrors.show(e);
    }
    afterChange.run();
  }
}
