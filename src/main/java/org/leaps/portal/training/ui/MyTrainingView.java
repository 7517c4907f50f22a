package org.leaps.portal.training.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.leaps.portal.counselor.CounselorTraining;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.training.Enrollment;
import org.leaps.portal.training.EnrollmentState;
import org.leaps.portal.training.HoursEntry;
import org.leaps.portal.training.RecertificationRule;
import org.leaps.portal.training.TrainingService;

/**
 * A counselor's own training on a phone: whether they are privilege-eligible, when recertification
 * falls due, hours toward it, upcoming events and the hours log.
 */
@StyleSheet("styles/training.css")
@Route("my-training")
@PageTitle("My training")
@Menu(order = 42, icon = "vaadin:diploma", title = "My training")
@RolesAllowed({"COUNSELOR"})
public class MyTrainingView extends Main {

  final Span eligibility = new Span();
  final Div facts = new Div();
  final UnorderedList upcoming = new UnorderedList();
  final UnorderedList history = new UnorderedList();

  MyTrainingView(TrainingService training, CounselorTraining counselors, CurrentUser currentUser) {
    addClassNames("view", "my-training-view");
    add(new H2("My training"));
    Long me = currentUser.require().counselorId();
    var standing =
        me == null
            ? java.util.Optional.<CounselorTraining.Standing>empty()
            : counselors.standing(me);
    if (standing.isEmpty()) {
      var none = new Paragraph("Your sign-in is not linked to a counselor record.");
      none.setId("no-record");
      add(none);
      return;
    }
    var s = standing.get();
    LocalDate today = training.today();
    eligibility.setId("my-eligibility");
    eligibility.setText(s.privilegeEligible() ? "Privilege-eligible" : "Not privilege-eligible");
    eligibility.addClassNames(
        "privilege-badge", s.privilegeEligible() ? "eligible" : "not-eligible");
    RecertificationRule.Facts derived = training.derivedFacts(me);
    facts.setId("my-facts");
    facts.addClassName("my-facts");
    facts.add(
        fact("Status", s.status().label()),
        fact("Basic course", TrainingFormat.day(s.basicCourseDate())),
        fact("Recertification due", due(s.recertificationDue(), today)),
        fact("Continuing-education hours", String.valueOf(s.continuingEducationHours())),
        fact(
            "Toward next renewal",
            derived.hoursTowardRenewal()
                + " of "
                + RecertificationRule.HOURS_PER_CYCLE
                + " hours"));
    add(eligibility, facts);

    List<Enrollment> mine = training.enrollmentsOf(me);
    upcoming.setId("my-upcoming");
    for (Enrollment e : mine) {
      if (e.getState() != EnrollmentState.WITHDRAWN && !e.getEvent().getEndsOn().isBefore(today)) {
        upcoming.add(
            new ListItem(
                e.getEvent().getTitle()
                    + " · "
                    + TrainingFormat.dates(e.getEvent())
                    + " · "
                    + e.getState().label()));
      }
    }
    if (upcoming.getChildren().findAny().isEmpty()) {
      upcoming.add(new ListItem("No upcoming events. Your liaison enrolls you."));
    }
    history.setId("my-history");
    for (HoursEntry h : training.history(me)) {
      var item = new ListItem();
      var title = new Span(h.getTitle());
      title.addClassName("history-title");
      var meta =
          new Span(
              TrainingFormat.day(h.getCompletedOn())
                  + " · "
                  + h.getKind().label()
                  + " · "
                  + h.getHours()
                  + " h");
      meta.addClassName("history-meta");
      item.add(title, meta);
      history.add(item);
    }
    if (history.getChildren().findAny().isEmpty()) {
      history.add(new ListItem("No completions recorded yet."));
    }
    add(new H3("Upcoming"), upcoming, new H3("Hours log"), history);
  }

  private static String due(LocalDate due, LocalDate today) {
    if (due == null) {
      return "—";
    }
    long days = ChronoUnit.DAYS.between(today, due);
    String when =
        days < 0 ? "lapsed" : days == 0 ? "today" : "in " + days + (days == 1 ? " day" : " days");
    return TrainingFormat.day(due) + " (" + when + ")";
  }

  private static Div fact(String label, String value) {
    var l = new Span(label);
    l.addClassName("fact-label");
    var v = new Span(value);
    v.addClassName("fact-value");
    var d = new Div(l, v);
    d.addClassName("fact");
    return d;
  }
}
