package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditFilter;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.RosterFilter;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Use case: a liaison adds a counselor; every bad value gets a message on its field. */
class CounselorCreateTest extends RosterUiTest {

  @Autowired CounselorService service;
  @Autowired AuditService audit;

  @Test
  void requiredEmailPhoneFutureDateAndLongNameAreRefusedOnTheField() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    CounselorView view = navigate("roster/new", CounselorView.class);
    assertThat(view.heading.getText()).isEqualTo("New counselor");
    assertThat(view.agency.getValue().getCode()).isEqualTo("GULFPORT-PD");
    assertThat(view.agency.isReadOnly()).isTrue();

    test(view.save).click();
    assertThat(view.firstName.isInvalid()).isTrue();
    assertThat(view.firstName.getErrorMessage()).isEqualTo("First name is required");
    assertThat(view.email.isInvalid()).isTrue();

    test(view.firstName).setValue("A".repeat(61));
    test(view.lastName).setValue("Valid");
    test(view.email).setValue("not-an-email");
    test(view.mobilePhone).setValue("call me maybe");
    view.basicCourseDate.setValue(LocalDate.now().plusDays(10));
    test(view.save).click();
    assertThat(view.firstName.getErrorMessage())
        .isEqualTo("First name can be at most 60 characters");
    assertThat(view.email.isInvalid()).isTrue();
    // Not only red: the field says what it wants.
    assertThat(view.email.getErrorMessage())
        .isEqualTo("Enter an email address such as name@agency.ms.gov");
    assertThat(view.mobilePhone.getErrorMessage())
        .isEqualTo("Enter a phone number such as (601) 555-0123");
    assertThat(view.basicCourseDate.getErrorMessage())
        .isEqualTo("The course date cannot be in the future");
    assertThat(view.counselor().getId()).isNull();
  }

  @Test
  void aValidCounselorIsSavedShownAsTextAndAudited() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    CounselorView view = navigate("roster/new", CounselorView.class);
    String last = RosterFixtures.unique("<b>Bold</b><script>alert(1)</script>");
    String email = RosterFixtures.unique("new.") + "@test.invalid";
    test(view.firstName).setValue("Casey");
    test(view.lastName).setValue(last);
    test(view.email).setValue(email);
    test(view.mobilePhone).setValue("(228) 555-0142");
    view.homeCounty.setValue(fixtures.county("Harrison"));
    view.basicCourseDate.setValue(LocalDate.now().minusMonths(2));
    test(view.save).click();

    assertThat(view.counselor().getId()).isNotNull();
    var rows = service.page(RosterFilter.none().withName(email), PageRequest.of(0, 5));
    assertThat(rows).singleElement().satisfies(r -> assertThat(r.lastName()).isEqualTo(last));
    // The address is now the saved record's, so reloading or bookmarking shows it, not a new form.
    assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
        .isEqualTo("roster/" + rows.getFirst().id());
    // Script and HTML stay text: the heading holds the literal characters.
    CounselorView reopened = openRecord(rows.getFirst().id());
    assertThat(reopened.heading.getText()).isEqualTo("Casey " + last);
    assertThat(reopened.heading.getElement().getChildCount()).isEqualTo(1);
    assertThat(reopened.heading.getElement().getChild(0).isTextNode()).isTrue();
    assertThat(reopened.statusBadge.getText()).isEqualTo("Active");
    assertThat(reopened.privilegeBadge.getText()).isEqualTo("Not privilege-eligible");

    var events =
        audit.page(
            AuditFilter.forSubject("Counselor", rows.getFirst().id()), PageRequest.of(0, 10));
    // Opening the record is audited as a view (decision 097); the change itself is one event.
    assertThat(events)
        .filteredOn(e -> e.getAction() != AuditAction.VIEW)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.getAction()).isEqualTo(AuditAction.CREATE);
          assertThat(e.getActorName()).isEqualTo("Renee Carter");
          assertThat(e.getChanges())
              .anySatisfy(c -> assertThat(c.describe()).isEqualTo("Email: — → " + email));
        });
  }

  @Test
  void anEmailAlreadyOnTheRosterIsRefusedOnTheEmailField() {
    var existing = fixtures.saved("GULFPORT-PD", RosterFixtures.unique("Dup"));
    signIn.as(SignIn.LIAISON_GULFPORT);
    CounselorView view = navigate("roster/new", CounselorView.class);
    test(view.firstName).setValue("Other");
    test(view.lastName).setValue("Person");
    test(view.email).setValue(existing.getEmail().toUpperCase());
    view.homeCounty.setValue(fixtures.county("Harrison"));
    test(view.save).click();
    assertThat(view.email.isInvalid()).isTrue();
    assertThat(view.email.getErrorMessage())
        .isEqualTo("This email is already used by another counselor");
    assertThat(view.counselor().getId()).isNull();
  }
}
