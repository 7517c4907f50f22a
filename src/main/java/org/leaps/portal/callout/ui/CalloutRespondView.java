package org.leaps.portal.callout.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.leaps.portal.callout.CalloutService;

/**
 * Where the email link lands: the signed token names one offer; the counselor must be signed in as
 * its recipient, and an offer is answered once (the same rules as alert acknowledgement links).
 */
@Route("callouts/respond")
@PageTitle("Answer a callout")
@RolesAllowed("COUNSELOR")
@StyleSheet("styles/callouts.css")
public class CalloutRespondView extends Main implements HasUrlParameter<String> {

  private final CalloutService callouts;
  private final Clock clock;
  final Div content = new Div();
  private String token;

  CalloutRespondView(CalloutService callouts, Clock clock) {
    this.callouts = callouts;
    this.clock = clock;
    addClassNames("view", "my-callouts-view");
    content.setId("respond-content");
    add(new H2("Answer a callout"), content);
  }

  @Override
  public void setParameter(BeforeEvent event, String token) {
    this.token = token;
    show();
  }

  private void show() {
    content.removeAll();
    callouts
        .offerForLink(token)
        .ifPresentOrElse(
            offer -> content.add(new OfferCard(callouts, clock, offer, this::show)),
            () ->
                content.add(
                    new Paragraph(
                        "This link is not valid for you. Open \"My callouts\" to see the"
                            + " callouts offered to you.")));
  }
}
