package org.leaps.portal.callout.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.leaps.portal.callout.CalloutService;
import org.leaps.portal.callout.CalloutSummary;

/**
 * The live board of open callouts in scope (director and staff: the whole state; a liaison: their
 * own agency's), each with its clock against the six-minute goal.
 */
@Route("callouts")
@PageTitle("Callouts")
@Menu(order = 19, icon = "vaadin:phone", title = "Callouts")
@RolesAllowed({"DIRECTOR", "STAFF", "LIAISON"})
@StyleSheet("styles/callouts.css")
public class CalloutBoardView extends Main {

  private final CalloutService callouts;
  private final Clock clock;
  final Div board = new Div();
  final Paragraph empty = new Paragraph("No open callouts.");
  private final List<Runnable> clocks = new ArrayList<>();
  private Registration subscription;

  CalloutBoardView(CalloutService callouts, Clock clock) {
    this.callouts = callouts;
    this.clock = clock;
    addClassNames("view", "callout-board-view");
    var open =
        new Button(
            "Open a callout",
            VaadinIcon.PLUS_CIRCLE.create(),
            e -> getUI().ifPresent(ui -> ui.navigate(CalloutOpenView.class)));
    open.setId("new-callout");
    open.addThemeVariants(ButtonVariant.PRIMARY);
    board.setId("board");
    board.addClassName("callout-board");
    board.getElement().setAttribute("aria-live", "polite");
    empty.setId("board-empty");
    add(new H2("Open callouts"), open, empty, board);
    refresh();
  }

  void refresh() {
    board.removeAll();
    clocks.clear();
    List<CalloutSummary> open = callouts.openBoard();
    empty.setVisible(open.isEmpty());
    for (CalloutSummary c : open) {
      var title = new Anchor("callout/" + c.id(), c.category().label() + ", " + c.where());
      title.addClassName("card-title");
      var agency = new Span(c.agencyName());
      agency.addClassName("card-agency");
      var count =
          new Span(
              c.accepted()
                  + " of "
                  + c.needed()
                  + " accepted, "
                  + c.state().label().toLowerCase()
                  + (c.tier() > 1 ? ", escalated to tier " + c.tier() : ""));
      count.addClassName("card-count");
      var clockText = new Span();
      clockText.addClassName("callout-clock");
      Runnable tick =
          () -> {
            Instant now = clock.instant();
            clockText.setText(CalloutFormat.clock(c, now));
            clockText.getElement().getClassList().set("over-goal", CalloutFormat.overGoal(c, now));
          };
      tick.run();
      clocks.add(tick);
      var card = new Div(title, agency, count, clockText);
      card.addClassName("callout-card");
      card.getElement().setAttribute("data-callout", String.valueOf(c.id()));
      board.add(card);
    }
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    var ui = attachEvent.getUI();
    ui.setPollInterval(1000);
    var poll = ui.addPollListener(e -> clocks.forEach(Runnable::run));
    var live = callouts.subscribe(ui, event -> refresh());
    subscription =
        () -> {
          poll.remove();
          live.remove();
          ui.setPollInterval(-1);
        };
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    if (subscription != null) {
      subscription.remove();
      subscription = null;
    }
  }
}
