package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.alert.ui.AlertComposeView;
import org.leaps.portal.alert.ui.AlertTrackingView;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/** The director composes an alert, previews its reach, is told what is wrong, and sends it. */
@PortalTest
class AlertComposeViewTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;
  @Autowired AlertTestData data;

  @BeforeEach
  void signInAsDirector() {
    signIn.as(SignIn.DIRECTOR);
    navigate(AlertComposeView.class);
  }

  @AfterEach
  void signOut() {
    signIn.out();
  }

  private TextField title() {
    return $(TextField.class).id("alert-title");
  }

  private TextArea message() {
    return $(TextArea.class).id("alert-message");
  }

  @SuppressWarnings("unchecked")
  private RadioButtonGroup<String> audience() {
    return $(RadioButtonGroup.class).id("alert-audience");
  }

  private String preview() {
    test($(Button.class).id("alert-preview-button")).click();
    return $(Paragraph.class).id("alert-preview").getText();
  }

  /** Fills the form for Hattiesburg Police Department and presses "Send alert…". */
  private void composeToHattiesburg(String titleText, String messageText) {
    title().setValue(titleText);
    message().setValue(messageText);
    test(audience()).selectItem("Chosen regions and agencies");
    @SuppressWarnings("unchecked")
    MultiSelectComboBox<org.leaps.portal.agency.Agency> agencies =
        $(MultiSelectComboBox.class).id("alert-agencies");
    test(agencies).selectItem("Hattiesburg Police Department");
    test($(Button.class).id("alert-send")).click();
  }

  @Test
  void previewShowsHowManyPeopleAStatewideAlertReaches() {
    String line = preview();
    assertThat(line).startsWith("This alert reaches ").contains("counselors");
    long people =
        Long.parseLong(line.replaceAll("This alert reaches ([0-9,]+) .*", "$1").replace(",", ""));
    assertThat(people).isGreaterThan(600);
  }

  @Test
  void previewOfOneAgencyCountsOnlyItsPeople() {
    test(audience()).selectItem("Chosen regions and agencies");
    @SuppressWarnings("unchecked")
    MultiSelectComboBox<org.leaps.portal.agency.Agency> agencies =
        $(MultiSelectComboBox.class).id("alert-agencies");
    test(agencies).selectItem("Gulfport Police Department");
    String line = preview();
    long people =
        Long.parseLong(line.replaceAll("This alert reaches ([0-9,]+) .*", "$1").replace(",", ""));
    // Gulfport's counselors plus its liaison; far fewer than the state.
    assertThat(people).isBetween(2L, 120L);
  }

  @Test
  void emptyTitleIsRejectedWithAClearMessage() {
    message().setValue("Body");
    test($(Button.class).id("alert-send")).click();
    assertThat(title().isInvalid()).isTrue();
    assertThat(title().getErrorMessage()).isEqualTo("Enter a title.");
    // No confirmation opens (the bell keeps a closed critical-alert dialog ready in every page).
    assertThat($(Dialog.class).all()).noneMatch(Dialog::isOpened);
  }

  @Test
  void emptyAudienceIsRejectedWithAClearMessage() {
    title().setValue("Audience test");
    message().setValue("Body");
    test(audience()).selectItem("Chosen regions and agencies");
    test($(Button.class).id("alert-send")).click();
    assertThat(audience().isInvalid()).isTrue();
    assertThat(audience().getErrorMessage())
        .isEqualTo("Choose an audience: statewide, or at least one region or agency.");
  }

  @Test
  void overLongMessageIsRejectedAndKept() {
    title().setValue("Long");
    String text = "x".repeat(2001);
    message().setValue(text);
    test($(Button.class).id("alert-send")).click();
    assertThat(message().isInvalid()).isTrue();
    assertThat(message().getErrorMessage())
        .isEqualTo("The message can have at most 2,000 characters; it has 2,001.");
    assertThat(message().getValue()).isEqualTo(text);
  }

  @Test
  void directorConfirmsTheCountAndSendsThenSeesTracking() {
    String unique = data.unique("Compose");
    composeToHattiesburg(unique, "<script>alert('x')</script> Stand by for instructions.");

    Dialog confirm = $(Dialog.class).id("alert-confirm");
    assertThat($(Paragraph.class, confirm).first().getText()).contains(unique).contains("goes to");
    test($(Button.class, confirm).id("alert-confirm-send")).click();

    assertThat(getCurrentView()).isInstanceOf(AlertTrackingView.class);
    Alert stored = data.alertTitled(unique);
    assertThat(stored.isSent()).isTrue();
    assertThat(stored.getMessage())
        .isEqualTo("<script>alert('x')</script> Stand by for instructions.");
    assertThat(stored.getRecipientCount()).isBetween(2, 120);
    assertThat(data.deliveryEmails(stored.getId())).contains("liaison.hattiesburg@leaps.example");
  }

  @Test
  void cancelInTheConfirmationLeavesNoAlert() {
    String unique = data.unique("Cancelled compose");
    composeToHattiesburg(unique, "Not sent after all.");

    Dialog confirm = $(Dialog.class).id("alert-confirm");
    // Prepared while the dialog is open, and seen by nobody.
    assertThat(data.alertTitled(unique).isSent()).isFalse();
    test($(Button.class, confirm).id("alert-confirm-cancel")).click();

    assertThat(confirm.isOpened()).isFalse();
    assertThat(getCurrentView()).isInstanceOf(AlertComposeView.class);
    assertThat(title().getValue()).as("the draft stays to edit").isEqualTo(unique);
    assertThatThrownBy(() -> data.alertTitled(unique)).hasMessageContaining("No alert titled");
  }
}
