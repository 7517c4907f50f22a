package org.leaps.portal.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.counselor.TestLiaison;
import org.leaps.portal.counselor.ui.CounselorView;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.security.Role;
import org.leaps.portal.security.SecurityContexts;
import org.leaps.portal.testsupport.SignIn;
import org.leaps.portal.training.EventKind;
import org.leaps.portal.training.TrainingEvent;
import org.leaps.portal.training.TrainingService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Use case: after a completion, the counselor sees their history, hours and status on their own
 * page, and the record form shows the derived facts read-only with the badge that follows them.
 */
class MyTrainingTest extends TrainingUiTest {

  @Autowired TrainingService training;

  @Test
  void theCounselorSeesTheirHistoryAndTheFormShowsDerivedFactsReadOnly() {
    Agency agency = fixtures.agency("Mine");
    Counselor me =
        fixtures.counselor(agency, RosterFixtures.unique("Self"), fixtures.today().minusDays(1));
    TrainingEvent event = fixtures.event(EventKind.ADVANCED_COURSE, 10, -1, 0);
    TestLiaison.signInFor(agency);
    var enrollment = training.enrollCounselor(event.getId(), me.getId());
    signIn.as(SignIn.STAFF);
    training.checkIn(enrollment.getId());
    training.complete(enrollment.getId(), fixtures.today());

    SecurityContexts.signInAs(
        new PortalUser(
            null,
            me.getFullName(),
            me.getEmail(),
            EnumSet.of(Role.COUNSELOR),
            Set.of(agency.getId()),
            List.of(agency.getName()),
            me.getId()));
    MyTrainingView mine = navigate(MyTrainingView.class);
    // 8 hours renew nothing: still lapsed.
    assertThat(mine.eligibility.getText()).isEqualTo("Not privilege-eligible");
    assertThat(mine.facts.getElement().getTextRecursively())
        .contains("Continuing-education hours8")
        .contains("Toward next renewal8 of 12 hours")
        .contains("lapsed");
    assertThat(mine.history.getElement().getTextRecursively())
        .contains(event.getTitle())
        .contains("8 h")
        .contains("Carried over from the record");

    TestLiaison.signInFor(agency);
    CounselorView record = navigate("roster/" + me.getId(), CounselorView.class);
    assertThat(record.getElement().getTextRecursively()).contains("Not privilege-eligible");
    var basic = findDatePicker(record, "basic-course-date");
    assertThat(basic.isReadOnly()).isTrue();
    assertThat(basic.getHelperText()).isEqualTo("From the training log");
  }

  private static com.vaadin.flow.component.datepicker.DatePicker findDatePicker(
      com.vaadin.flow.component.Component root, String id) {
    return (com.vaadin.flow.component.datepicker.DatePicker)
        root.getElement()
            .getChildren()
            .flatMap(MyTrainingTest::descendants)
            .filter(e -> id.equals(e.getAttribute("id")))
            .findFirst()
            .orElseThrow()
            .getComponent()
            .orElseThrow();
  }

  private static java.util.stream.Stream<com.vaadin.flow.dom.Element> descendants(
      com.vaadin.flow.dom.Element e) {
    return java.util.stream.Stream.concat(
        java.util.stream.Stream.of(e), e.getChildren().flatMap(MyTrainingTest::descendants));
  }
}
