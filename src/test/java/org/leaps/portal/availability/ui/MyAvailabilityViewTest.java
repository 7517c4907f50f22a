package org.leaps.portal.availability.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.AvailabilityStatus;
import org.leaps.portal.availability.DemoCounselor;
import org.leaps.portal.base.TimeConfiguration;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.ShellMenu;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/** The counselor's own screen: status in one or two taps, schedule, away dates, quiet hours. */
@PortalTest
class MyAvailabilityViewTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;

  @Autowired AvailabilityService service;

  @BeforeEach
  void openAsHannahFollowingHerSchedule() {
    DemoCounselor.notDeployed(service, signIn);
    if (service.mine().plan().status() != null) {
      service.followMySchedule();
    }
    navigate(MyAvailabilityView.class);
  }

  @AfterEach
  void signOut() {
    signIn.out();
  }

  private String nowStatus() {
    return $(Span.class).id("now-status").getText();
  }

  /** The texts of a list's rows, as shown. */
  private String listText(String id) {
    return String.join(
        " | ", $(Span.class, $(Div.class).id(id)).all().stream().map(Span::getText).toList());
  }

  private Button button(String id) {
    return $(Button.class).id(id);
  }

  @Test
  void oneTapMakesTheCounselorAvailable() {
    test(button("status-available")).click();
    assertThat(nowStatus()).isEqualTo("Available");
    assertThat($(Span.class).id("now-detail").getText())
        .isEqualTo("Set by you, until you change it");
    assertThat(button("status-available").getElement().getAttribute("aria-pressed"))
        .isEqualTo("true");
    assertThat(button("status-unavailable").getElement().getAttribute("aria-pressed"))
        .isEqualTo("false");
    assertThat(button("follow-schedule").isVisible()).isTrue();
    assertThat(service.mine().now().status()).isEqualTo(AvailabilityStatus.AVAILABLE);
  }

  @Test
  void twoTapsSetAStatusWithAnEnd() {
    @SuppressWarnings("unchecked")
    Select<MyAvailabilityView.For> duration = $(Select.class).id("status-duration");
    test(duration).selectItem("For 4 hours");
    test(button("status-on-call")).click();
    assertThat(nowStatus()).isEqualTo("On call");
    assertThat($(Span.class).id("now-detail").getText()).startsWith("Set by you until ");
    assertThat(service.mine().plan().statusUntil()).isNotNull();

    Button follow = button("follow-schedule");
    test(follow).click();
    assertThat(service.mine().plan().status()).isNull();
    assertThat(follow.isVisible()).isFalse();
  }

  @Test
  void aChosenTimeInThePastIsShownNextToTheField() {
    @SuppressWarnings("unchecked")
    Select<MyAvailabilityView.For> duration = $(Select.class).id("status-duration");
    test(duration).selectItem("Until a time I choose");
    var until = $(com.vaadin.flow.component.datetimepicker.DateTimePicker.class).id("status-until");
    assertThat(until.isVisible()).isTrue();
    until.setValue(LocalDate.now(TimeConfiguration.PROGRAM_ZONE).minusDays(1).atTime(9, 0));
    test(button("status-available")).click();
    assertThat(until.isInvalid()).isTrue();
    assertThat(until.getErrorMessage()).isEqualTo("Until: must be in the future");
    assertThat(service.mine().plan().status()).isNull();
  }

  @Test
  void addsAnOvernightOnCallWindowAndRefusesOneWithoutDays() {
    @SuppressWarnings("unchecked")
    CheckboxGroup<DayOfWeek> days = $(CheckboxGroup.class).id("window-days");
    $(TimePicker.class).id("window-from").setValue(LocalTime.of(19, 0));
    $(TimePicker.class).id("window-to").setValue(LocalTime.of(5, 30));
    test(button("add-window")).click();
    assertThat(days.isInvalid()).isTrue();
    assertThat(days.getErrorMessage()).isEqualTo("Days: choose at least one day");

    days.setValue(Set.of(DayOfWeek.SUNDAY));
    test(button("add-window")).click();
    assertThat(days.isInvalid()).isFalse();
    assertThat(listText("window-list")).contains("Sunday 7:00 PM – 5:30 AM (next day)");

    // Remove it again through its labelled button.
    Button remove =
        $(Button.class)
            .withAttribute("aria-label", "Remove Sunday 7:00 PM – 5:30 AM (next day)")
            .single();
    test(remove).click();
    assertThat(listText("window-list")).doesNotContain("Sunday 7:00 PM");
  }

  @Test
  void awayDatesInTheWrongOrderAreRefusedByField() {
    LocalDate today = LocalDate.now(TimeConfiguration.PROGRAM_ZONE);
    $(DatePicker.class).id("away-from").setValue(today.plusDays(20));
    $(DatePicker.class).id("away-to").setValue(today.plusDays(18));
    test(button("add-exception")).click();
    DatePicker to = $(DatePicker.class).id("away-to");
    assertThat(to.isInvalid()).isTrue();
    assertThat(to.getErrorMessage()).isEqualTo("To date: must be on or after From date");

    to.setValue(today.plusDays(21));
    test(button("add-exception")).click();
    assertThat(to.isInvalid()).isFalse();
    assertThat(listText("exception-list")).contains("Vacation: ");
  }

  @Test
  void aRemovedOnCallTimeComesBackWithUndo() {
    @SuppressWarnings("unchecked")
    CheckboxGroup<DayOfWeek> days = $(CheckboxGroup.class).id("window-days");
    days.setValue(Set.of(DayOfWeek.SATURDAY));
    $(TimePicker.class).id("window-from").setValue(LocalTime.of(9, 0));
    $(TimePicker.class).id("window-to").setValue(LocalTime.of(11, 30));
    test(button("add-window")).click();
    String text = "Saturday 9:00 AM – 11:30 AM";
    assertThat(listText("window-list")).contains(text);

    test($(Button.class).withAttribute("aria-label", "Remove " + text).single()).click();
    assertThat(listText("window-list")).doesNotContain(text);
    Notification undoToast = $(Notification.class).id("undo-notification");
    assertThat(undoToast.isOpened()).isTrue();
    test($(Button.class, undoToast).id("undo")).click();
    assertThat(listText("window-list")).contains(text);
    assertThat(service.mine().plan().windows())
        .anySatisfy(w -> assertThat(w.getDay()).isEqualTo(DayOfWeek.SATURDAY));

    // Clean up for other tests, without Undo this time.
    test($(Button.class).withAttribute("aria-label", "Remove " + text).single()).click();
  }

  @Test
  void removedAwayDatesComeBackWithUndo() {
    LocalDate today = LocalDate.now(TimeConfiguration.PROGRAM_ZONE);
    $(DatePicker.class).id("away-from").setValue(today.plusDays(40));
    $(DatePicker.class).id("away-to").setValue(today.plusDays(41));
    test(button("add-exception")).click();
    int before = service.mine().plan().exceptions().size();
    Button remove =
        $(Button.class, $(Div.class).id("exception-list")).all().stream()
            .filter(b -> b.getAriaLabel().orElse("").startsWith("Remove"))
            .reduce((a, b) -> b)
            .orElseThrow();
    test(remove).click();
    assertThat(service.mine().plan().exceptions()).hasSize(before - 1);
    test($(Button.class, $(Notification.class).id("undo-notification")).id("undo")).click();
    assertThat(service.mine().plan().exceptions()).hasSize(before);
  }

  @Test
  void anErrorGoesOnceALaterActionSucceeds() {
    test(button("add-window")).click();
    @SuppressWarnings("unchecked")
    CheckboxGroup<DayOfWeek> days = $(CheckboxGroup.class).id("window-days");
    assertThat(days.isInvalid()).isTrue();

    test($(Checkbox.class).id("pick-me")).click();
    test($(Checkbox.class).id("pick-me")).click();
    LocalDate today = LocalDate.now(TimeConfiguration.PROGRAM_ZONE);
    $(DatePicker.class).id("away-from").setValue(today.plusDays(50));
    $(DatePicker.class).id("away-to").setValue(today.plusDays(50));
    test(button("add-exception")).click();
    assertThat(days.isInvalid()).isFalse();
  }

  @Test
  void quietHoursPromiseWhatTheAlertsDo() {
    String help =
        $(Paragraph.class, $(com.vaadin.flow.component.html.Section.class).id("quiet-section"))
            .withClassName("help")
            .single()
            .getText();
    assertThat(help).contains("only critical alerts").doesNotContain("urgent");
  }

  @Test
  void pickMeIsSavedWhenTicked() {
    Checkbox pickMe = $(Checkbox.class).id("pick-me");
    boolean before = pickMe.getValue();
    test(pickMe).click();
    assertThat(service.mine().plan().pickMe()).isEqualTo(!before);
    test(pickMe).click();
    assertThat(service.mine().plan().pickMe()).isEqualTo(before);
  }

  @Test
  void phoneLayoutPutsStatusFirstAsOneColumnOfLargeButtons() {
    var view = $(MyAvailabilityView.class).single();
    assertThat(view.getClassNames()).contains("availability-view");
    // Sections in phone order: status first, then schedule, away dates, quiet hours.
    assertThat(view.getChildren().map(c -> c.getId().orElse("")))
        .containsExactly(
            "status-section",
            "schedule-section",
            "away-section",
            "quiet-section",
            "directory-section");
    Section status = $(Section.class).id("status-section");
    Div group = $(Div.class, status).withClassName("status-buttons").single();
    assertThat(group.getElement().getAttribute("role")).isEqualTo("group");
    assertThat(group.getChildren().map(c -> ((Button) c).getText()))
        .containsExactly("Available", "On call", "Unavailable");
    assertThat(group.getChildren())
        .allSatisfy(b -> assertThat(((Button) b).getClassNames()).contains("status-button"));
    // No tables or grids on the phone screen: everything is a single column of cards.
    assertThat($(com.vaadin.flow.component.grid.Grid.class).all()).isEmpty();
    assertThat(view.getElement().getAttribute("class")).doesNotContain("wide");
  }

  @Test
  void theMenuOffersMyAvailabilityToCounselorsOnly() {
    assertThat(ShellMenu.labels($(SideNav.class).single()))
        .contains("My availability")
        .doesNotContain("Who can respond now", "Coverage map");
  }
}
