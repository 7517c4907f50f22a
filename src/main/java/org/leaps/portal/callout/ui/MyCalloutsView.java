package org.leaps.portal.callout.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.leaps.portal.callout.CalloutChanged;
import org.leaps.portal.callout.CalloutOffered;
import org.leaps.portal.callout.CalloutService;
import org.leaps.portal.callout.MyOffer;

/** The counselor's callout inbox: answer with one tap, then mark en route, on scene and done. */
@Route("callouts/mine")
@PageTitle("My callouts")
@Menu(order = 11, icon = "vaadin:phone", title = "My callouts")
@RolesAllowed("COUNSELOR")
@StyleSheet("styles/callouts.css")
public class MyCalloutsView extends Main {

  private final CalloutService callouts;
  private final Clock clock;
  final Div list = new Div();
  final Paragraph empty = new Paragraph("No callouts for you yet.");
  private Registration subscription;

  MyCalloutsView(CalloutService callouts, Clock clock) {
    this.callouts = callouts;
    this.clock = clock;
    addClassNames("view", "my-callouts-view");
    list.setId("my-callouts");
    list.addClassName("callout-board");
    empty.setId("my-callouts-empty");
    add(new H2("My callouts"), empty, list);
    refresh();
  }

  void refresh() {
    list.removeAll();
    List<MyOffer> mine = callouts.mine();
    empty.setVisible(mine.isEmpty());
    mine.stream()
        .limit(30)
        .forEach(o -> list.add(new OfferCard(callouts, clock, o, this::refresh)));
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    Long me = callouts.myCounselorId();
    subscription =
        callouts.subscribe(
            attachEvent.getUI(),
            event -> {
              if ((event instanceof CalloutOffered o && o.counselorIds().contains(me))
                  || (event instanceof CalloutChanged c && c.counselorIds().contains(me))) {
                refresh();
              }
            });
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    if (subscription != null) {
      subscription.remove();
      subscription = null;
    }
  }
}
