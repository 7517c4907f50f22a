package org.leaps.portal.callout.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.leaps.portal.callout.CalloutChanged;
import org.leaps.portal.callout.CalloutInputException;
import org.leaps.portal.callout.CalloutService;
import org.leaps.portal.callout.CalloutSummary;
import org.leaps.portal.callout.Exclusion;
import org.leaps.portal.callout.Match;
import org.leaps.portal.callout.OfferView;
import org.springframework.security.access.AccessDeniedException;

/**
 * One callout: the clock against six minutes, the timeline, who was asked and how they answered,
 * who would be asked next and who is left out and why. The requester, staff or the director ask the
 * next tier and close it. Updates live.
 */
@Route("callout")
@PageTitle("Callout")
@RolesAllowed({"DIRECTOR", "STAFF", "LIAISON"})
@StyleSheet("styles/callouts.css")
public class CalloutView extends Main implements HasUrlParameter<Long> {

  // Narrow enough that every column fits a 360 px phone (cells wrap); wider screens share the rest.
  private static final String NAME_WIDTH = "5.5rem";
  private static final String DISTANCE_WIDTH = "4.75rem";

  private final CalloutService callouts;
  private final Clock clock;
  final H2 heading = new H2();
  final Span clockText = new Span();
  final Paragraph facts = new Paragraph();
  final Div timeline = new Div();
  final Button dispatch = new Button("Ask counselors", VaadinIcon.BELL.create(), e -> dispatch());
  final Button close = new Button("Close callout", VaadinIcon.CHECK.create(), e -> close());
  final Grid<OfferView> asked = new Grid<>(OfferView.class, false);
  final Grid<Match.Candidate> next = new Grid<>(Match.Candidate.class, false);
  final Grid<Match.Excluded> excluded = new Grid<>(Match.Excluded.class, false);
  final Paragraph excludedCounts = new Paragraph();
  final Div notFound = new Div();
  private final Div body = new Div();
  private Long calloutId;
  private CalloutSummary current;
  private Registration subscription;

  CalloutView(CalloutService callouts, Clock clock) {
    this.callouts = callouts;
    this.clock = clock;
    addClassNames("view", "callout-view");
    clockText.setId("callout-clock");
    clockText.addClassName("callout-clock");
    facts.setId("callout-facts");
    timeline.setId("timeline");
    timeline.addClassName("timeline");
    dispatch.setId("dispatch");
    dispatch.addThemeVariants(ButtonVariant.PRIMARY);
    close.setId("close-callout");
    notFound.setId("not-found");
    notFound.setText("No such callout in your scope.");
    notFound.setVisible(false);

    asked.setId("asked");
    asked.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
    asked.setAriaLabel("Counselors asked, with their answers");
    asked
        .addColumn(o -> o.name().isEmpty() ? "Counselor of another agency" : o.name())
        .setHeader("Counselor")
        .setWidth(NAME_WIDTH)
        .setFlexGrow(2);
    asked
        .addColumn(o -> CalloutFormat.km(o.distanceKm(), o.approximate()))
        .setHeader("Distance")
        .setWidth(DISTANCE_WIDTH)
        .setFlexGrow(1);
    asked.addColumn(OfferView::stage).setHeader("Answer").setWidth(NAME_WIDTH).setFlexGrow(1);
    asked.addColumn(OfferView::tier).setHeader("Tier").setWidth("2.75rem").setFlexGrow(0);
    asked.setAllRowsVisible(true);
    asked.setEmptyStateText("Nobody asked yet.");

    next.setId("next-tier");
    next.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
    next.setAriaLabel("Counselors who can be asked, best first");
    next.addColumn(Match.Candidate::rank).setHeader("#").setWidth("2.5rem").setFlexGrow(0);
    next.addColumn(c ->
            (c.name().isEmpty() ? "Counselor" : c.name())
                + (c.agencyName().isEmpty() ? "" : ", " + c.agencyName()))
        .setHeader("Counselor")
        .setWidth(NAME_WIDTH)
        .setFlexGrow(2);
    next.addColumn(c -> CalloutFormat.km(c.distanceKm(), c.approximate()))
        .setHeader("Distance")
        .setWidth(DISTANCE_WIDTH)
        .setFlexGrow(1);
    next.addColumn(c ->
            c.calloutsLast30Days()
                + " in 30 days"
                + (c.pickMe() ? ", pick me" : "")
                + (c.onCall() ? ", on call" : ", available")
                + (c.alreadyAsked() ? ", asked" : ""))
        .setHeader("Workload and status")
        .setWidth(NAME_WIDTH)
        .setFlexGrow(2);
    next.setAllRowsVisible(true);
    next.setEmptyStateText("Nobody eligible can respond right now.");

    excluded.setId("excluded");
    excluded.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
    excluded.setAriaLabel("Counselors left out, and why");
    excluded
        .addColumn(x -> x.name().isEmpty() ? "Counselor of another agency" : x.name())
        .setHeader("Counselor")
        .setWidth(NAME_WIDTH)
        .setFlexGrow(2);
    excluded
        .addColumn(x -> CalloutFormat.km(x.distanceKm(), x.approximate()))
        .setHeader("Distance")
        .setWidth(DISTANCE_WIDTH)
        .setFlexGrow(1);
    excluded
        .addColumn(x -> x.reason().label())
        .setHeader("Why left out")
        .setWidth(NAME_WIDTH)
        .setFlexGrow(3);
    excluded.setAllRowsVisible(true);
    excludedCounts.setId("excluded-counts");

    var actions = new Div(dispatch, close);
    actions.addClassName("callout-actions");
    body.add(
        heading,
        clockText,
        facts,
        actions,
        timeline,
        new H3("Asked"),
        asked,
        new H3("Next best matches"),
        next,
        new H3("Left out, nearest first"),
        excludedCounts,
        excluded);
    add(body, notFound);
  }

  @Override
  public void setParameter(BeforeEvent event, Long id) {
    calloutId = id;
    refresh();
  }

  void refresh() {
    var found =
        calloutId == null ? java.util.Optional.<CalloutSummary>empty() : callouts.find(calloutId);
    body.setVisible(found.isPresent());
    notFound.setVisible(found.isEmpty());
    if (found.isEmpty()) {
      return;
    }
    current = found.get();
    CalloutSummary c = current;
    heading.setText(c.category().label() + ", " + c.where());
    tick();
    facts.setText(
        c.agencyName()
            + " asks for "
            + c.needed()
            + (c.needed() == 1 ? " counselor" : " counselors")
            + ". "
            + c.accepted()
            + " accepted. "
            + c.state().label()
            + (c.tier() > 0 ? ", tier " + c.tier() : "")
            + ". Meet at: "
            + (c.meetingPoint() == null ? "(purged)" : c.meetingPoint()));
    timeline.removeAll();
    stage("Requested", c.requestedAt());
    stage("Dispatched", c.dispatchedAt());
    stage("First accepted", c.firstAcceptedAt());
    stage("First en route", c.firstEnRouteAt());
    stage("First on scene", c.firstOnSceneAt());
    stage("Closed", c.closedAt());
    if (c.escalatedAt() != null) {
      stage("Escalated (last)", c.escalatedAt());
    }
    boolean open = c.state().isOpen();
    dispatch.setVisible(open && c.accepted() < c.needed());
    dispatch.setText(c.tier() == 0 ? "Ask counselors" : "Ask the next tier now");
    close.setVisible(open);
    asked.setItems(callouts.offersOf(c.id()));
    if (open) {
      Match match = callouts.match(c.id());
      next.setItems(match.ranked().stream().limit(20).toList());
      excluded.setItems(match.excluded().stream().limit(20).toList());
      StringBuilder counts = new StringBuilder("Left out in the whole state: ");
      for (Map.Entry<Exclusion, Integer> e : match.excludedCounts().entrySet()) {
        counts
            .append(e.getValue())
            .append(" ")
            .append(e.getKey().label().toLowerCase())
            .append("; ");
      }
      excludedCounts.setText(counts.toString());
    } else {
      next.setItems();
      excluded.setItems();
      excludedCounts.setText("The callout is closed.");
    }
  }

  private void stage(String label, Instant at) {
    var row = new Div(new Span(label), new Span(CalloutFormat.when(at, clock)));
    row.addClassNames("stage", at == null ? "stage-pending" : "stage-done");
    timeline.add(row);
  }

  void tick() {
    if (current == null) {
      return;
    }
    Instant now = clock.instant();
    clockText.setText(CalloutFormat.clock(current, now));
    clockText.getElement().getClassList().set("over-goal", CalloutFormat.overGoal(current, now));
  }

  private void dispatch() {
    try {
      int asked = callouts.dispatch(calloutId);
      CalloutErrors.ok(asked + (asked == 1 ? " counselor asked" : " counselors asked"));
      refresh();
    } catch (CalloutInputException | AccessDeniedException e) {
      CalloutErrors.show(e);
    }
  }

  private void close() {
    try {
      callouts.close(calloutId);
      CalloutErrors.ok("Callout closed; everyone on it is back to their own status");
      refresh();
    } catch (CalloutInputException | AccessDeniedException e) {
      CalloutErrors.show(e);
    }
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    var ui = attachEvent.getUI();
    ui.setPollInterval(1000);
    var poll = ui.addPollListener(e -> tick());
    var live =
        callouts.subscribe(
            ui,
            event -> {
              if (event instanceof CalloutChanged changed
                  && calloutId != null
                  && changed.calloutId() == calloutId) {
                refresh();
              }
            });
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
