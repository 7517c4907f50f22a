package org.leaps.portal.callout.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import org.leaps.portal.callout.CalloutChanged;
import org.leaps.portal.callout.CalloutOffered;
import org.leaps.portal.callout.CalloutService;
import org.leaps.portal.callout.MyOffer;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * Sits invisibly in every page of a counselor: when they are asked to go on a callout, a dialog
 * opens at once with one-tap Accept and Decline; when the callout fills first, it says so.
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/callouts.css")
@org.springframework.stereotype.Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class CalloutPrompt extends Span {

  private final CalloutService callouts;
  private final Clock clock;

  /** Made when the first offer comes: most pages never show it (decision 115). */
  private Dialog dialog;

  private Long shownOffer;
  private Long shownCallout;
  private Registration subscription;

  CalloutPrompt(CalloutService callouts, Clock clock) {
    this.callouts = callouts;
    this.clock = clock;
    addClassName("callout-prompt");
  }

  private Dialog dialog() {
    if (dialog == null) {
      dialog = new Dialog();
      dialog.setId("callout-offer-dialog");
      dialog.setHeaderTitle("You are asked to go on a callout");
      dialog.setCloseOnOutsideClick(false);
      dialog.getElement().setAttribute("aria-label", "Callout offer");
    }
    return dialog;
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    Long me = callouts.myCounselorId();
    if (me == null) {
      return;
    }
    subscription =
        callouts.subscribe(
            attachEvent.getUI(),
            event -> {
              if (event instanceof CalloutOffered offered && offered.counselorIds().contains(me)) {
                showLatest(offered.calloutId());
              } else if (event instanceof CalloutChanged changed
                  && changed.counselorIds().contains(me)
                  && shownCallout != null
                  && changed.calloutId() == shownCallout
                  && dialog != null
                  && dialog.isOpened()) {
                refreshShown();
              }
            });
  }

  private void showLatest(long calloutId) {
    callouts.mine().stream()
        .filter(o -> o.callout().id() == calloutId && o.canAnswer())
        .findFirst()
        .ifPresent(this::show);
  }

  private void refreshShown() {
    callouts
        .myOffer(shownOffer)
        .ifPresent(o -> {
          if (o.canAnswer()) {
            show(o);
          } else {
            dialog.close();
            CalloutErrors.ok(
                "Callout " + o.offer().stage().toLowerCase() + ". Thank you for being ready.");
          }
        });
  }

  private void show(MyOffer offer) {
    shownOffer = offer.offer().offerId();
    shownCallout = offer.callout().id();
    Dialog shown = dialog();
    shown.removeAll();
    shown.add(new OfferCard(callouts, clock, offer, shown::close));
    if (getParent().isPresent() && !shown.isOpened()) {
      shown.open();
    }
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    if (subscription != null) {
      subscription.remove();
      subscription = null;
    }
  }
}
