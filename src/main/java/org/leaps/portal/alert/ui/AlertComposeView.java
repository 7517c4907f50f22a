package org.leaps.portal.alert.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.alert.AlertDraft;
import org.leaps.portal.alert.AlertService;
import org.leaps.portal.alert.AlertService.AudiencePreview;
import org.leaps.portal.alert.AlertValidationException;
import org.leaps.portal.alert.Severity;
import org.leaps.portal.base.TimeConfiguration;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.geography.Region;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.Role;

/**
 * The director (and staff the director allows) composes an alert, sees how many people it reaches,
 * and sends it after confirming that number.
 */
@Route("alerts/compose")
@PageTitle("Send alert")
@Menu(order = 41, icon = "vaadin:megaphone", title = "Send alert")
@RolesAllowed({Role.DIRECTOR_NAME, Role.STAFF_NAME})
@StyleSheet("styles/alerts.css")
public class AlertComposeView extends Main {

  static final String STATEWIDE = "Statewide";
  static final String CHOSEN = "Chosen regions and agencies";
  private static final Map<Severity, String> SEVERITY_HELP =
      Map.of(
          Severity.INFORMATION, "Information: a notification, held during quiet hours",
          Severity.URGENT,
              "Urgent: a notification that stays until dismissed, held during quiet hours",
          Severity.CRITICAL, "Critical: a blocking dialog, also during quiet hours");

  private final AlertService alerts;
  private final Clock clock;

  final TextField title = new TextField("Title");
  final TextArea message = new TextArea("Message");
  final RadioButtonGroup<Severity> severity = new RadioButtonGroup<>("Severity");
  final RadioButtonGroup<String> audience = new RadioButtonGroup<>("Audience");
  final MultiSelectComboBox<Region> regions = new MultiSelectComboBox<>("Regions");
  final MultiSelectComboBox<Agency> agencies = new MultiSelectComboBox<>("Agencies");
  final Select<Role> role = new Select<>();
  final Checkbox ackRequired = new Checkbox("Acknowledgement required");
  final DateTimePicker expiry = new DateTimePicker("Expires");
  final Paragraph previewLine = new Paragraph();
  final Button previewButton = new Button("Preview audience");
  final Button sendButton = new Button("Send alert…");

  AlertComposeView(
      AlertService alerts,
      GeographyService geography,
      AgencyService agencyService,
      CurrentUser currentUser,
      Clock clock) {
    this.alerts = alerts;
    this.clock = clock;
    addClassNames("alert-view", "alert-compose");
    add(new H2("Send an alert"));
    if (!alerts.currentUserMaySend()) {
      var refused =
          new Paragraph(
              "The director has not allowed you to send alerts. Ask the director if you need to.");
      refused.setId("compose-not-allowed");
      add(refused);
      return;
    }

    title.setId("alert-title");
    title.setMaxLength(120);
    title.setRequiredIndicatorVisible(true);
    title.setWidthFull();

    message.setId("alert-message");
    message.setRequiredIndicatorVisible(true);
    message.setWidthFull();
    message.setMinRows(4);
    message.setValueChangeMode(ValueChangeMode.LAZY);
    message.setHelperText("0 / 2,000 characters. Plain text.");
    message.addValueChangeListener(e ->
        message.setHelperText(
            String.format("%,d / 2,000 characters. Plain text.", e.getValue().length())));

    severity.setId("alert-severity");
    severity.setItems(Severity.values());
    severity.setItemLabelGenerator(SEVERITY_HELP::get);
    severity.setValue(Severity.INFORMATION);
    severity.addValueChangeListener(e -> {
      if (e.getValue() == Severity.CRITICAL) {
        ackRequired.setValue(true);
      }
    });

    audience.setId("alert-audience");
    audience.setItems(STATEWIDE, CHOSEN);
    audience.setValue(STATEWIDE);
    regions.setId("alert-regions");
    regions.setItems(geography.regions());
    regions.setItemLabelGenerator(r -> r.getName());
    agencies.setId("alert-agencies");
    agencies.setItems(agencyService.agenciesInScope());
    agencies.setItemLabelGenerator(Agency::getName);
    regions.setWidthFull();
    agencies.setWidthFull();
    var choices = new Div(regions, agencies);
    choices.addClassName("audience-choices");
    audience.addValueChangeListener(e -> {
      choices.setVisible(CHOSEN.equals(e.getValue()));
      previewLine.setText("");
    });
    choices.setVisible(false);

    role.setId("alert-role");
    role.addClassName("alert-role");
    role.setLabel("Only this role (optional)");
    role.setItems(Role.COUNSELOR, Role.LIAISON, Role.STAFF, Role.DIRECTOR);
    role.setEmptySelectionAllowed(true);
    role.setEmptySelectionCaption("Everyone in the audience");
    role.setItemLabelGenerator(r -> r == null ? "Everyone in the audience" : r.label() + "s only");

    ackRequired.setId("alert-ack-required");
    expiry.setId("alert-expiry");
    expiry.setLocale(java.util.Locale.US);
    expiry.setValue(LocalDateTime.now(clock.withZone(TimeConfiguration.PROGRAM_ZONE)).plusDays(1));
    expiry.setHelperText("Central time");

    previewLine.setId("alert-preview");
    previewLine.addClassName("alert-preview");
    previewLine.getElement().setAttribute("aria-live", "polite");
    previewButton.setId("alert-preview-button");
    previewButton.addClickListener(e -> preview());
    sendButton.setId("alert-send");
    sendButton.addThemeVariants(ButtonVariant.PRIMARY);
    sendButton.addClickListener(e -> confirmAndSend());

    var form = new Div(title, message, severity, audience, choices, role, ackRequired, expiry);
    form.addClassName("alert-form");
    var actions = new Div(previewButton, sendButton);
    actions.addClassName("alert-actions");
    add(form, previewLine, actions);

    if (currentUser.require().has(Role.DIRECTOR)) {
      add(staffSenders());
    }
  }

  AlertDraft draft() {
    boolean statewide = STATEWIDE.equals(audience.getValue());
    var expiresAt =
        expiry.getValue() == null
            ? null
            : expiry.getValue().atZone(TimeConfiguration.PROGRAM_ZONE).toInstant();
    return new AlertDraft(
        title.getValue(),
        message.getValue(),
        severity.getValue(),
        statewide,
        statewide
            ? java.util.Set.of()
            : regions.getValue().stream().map(Region::getCode).collect(Collectors.toSet()),
        statewide
            ? java.util.Set.of()
            : agencies.getValue().stream().map(Agency::getId).collect(Collectors.toSet()),
        role.getValue(),
        ackRequired.getValue(),
        expiresAt);
  }

  private void clearErrors() {
    for (HasValidation field : new HasValidation[] {title, message, severity, audience, expiry}) {
      field.setInvalid(false);
      field.setErrorMessage(null);
    }
  }

  private void showError(AlertValidationException e) {
    HasValidation field =
        switch (e.field()) {
          case "title" -> title;
          case "message" -> message;
          case "severity" -> severity;
          case "expiry" -> expiry;
          default -> audience;
        };
    field.setErrorMessage(e.getMessage());
    field.setInvalid(true);
    if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
      focusable.focus();
    }
  }

  private AudiencePreview preview() {
    clearErrors();
    return counted(() -> alerts.preview(draft()));
  }

  /** Shows the count, or what to fix (then null). */
  private AudiencePreview counted(java.util.function.Supplier<AudiencePreview> counting) {
    try {
      AudiencePreview preview = counting.get();
      previewLine.setText(describe(preview));
      return preview;
    } catch (AlertValidationException e) {
      previewLine.setText("");
      showError(e);
      return null;
    }
  }

  public static String describe(AudiencePreview preview) {
    return String.format(
        "This alert reaches %,d %s: %,d %s and %,d other portal %s.",
        preview.people(),
        preview.people() == 1 ? "person" : "people",
        preview.counselors(),
        preview.counselors() == 1 ? "counselor" : "counselors",
        preview.otherAccounts(),
        preview.otherAccounts() == 1 ? "user" : "users");
  }

  private void confirmAndSend() {
    clearErrors();
    AlertDraft draft = draft();
    try {
      validateLocally(draft);
    } catch (AlertValidationException e) {
      showError(e);
      return;
    }
    AudiencePreview preview = prepare(draft);
    if (preview == null) {
      return;
    }
    var dialog = new Dialog();
    dialog.setId("alert-confirm");
    dialog.setHeaderTitle("Send this alert?");
    var summary =
        new Paragraph(
            String.format(
                "“%s” (%s) goes to %,d %s now.",
                draft.title().strip(),
                draft.severity().label(),
                preview.people(),
                preview.people() == 1 ? "person" : "people"));
    dialog.add(summary);
    // Cancel, Escape and a click outside drop the alert prepared for this dialog.
    Runnable cancelled =
        () -> {
          dialog.close();
          alerts.discard(preview);
        };
    dialog.addDialogCloseActionListener(e -> cancelled.run());
    var cancel = new Button("Cancel", e -> cancelled.run());
    cancel.setId("alert-confirm-cancel");
    var send =
        new Button(
            "Send now",
            e -> {
              dialog.close();
              send(draft, preview);
            });
    send.setId("alert-confirm-send");
    send.addThemeVariants(ButtonVariant.PRIMARY);
    dialog.getFooter().add(cancel, send);
    dialog.open();
  }

  /**
   * Stores the alert unsent with its deliveries while the sender reads "Send this alert?", so that
   * "Send now" only marks it sent (decision 138); shows the count as "Preview audience" does.
   */
  private AudiencePreview prepare(AlertDraft draft) {
    return counted(() -> alerts.prepare(draft));
  }

  private void validateLocally(AlertDraft draft) {
    // The service checks again; this shows the same messages before the confirmation.
    AlertService.validate(draft, clock.instant());
  }

  /** Sends to the people the confirmation counted (the service resolves again if it is stale). */
  private void send(AlertDraft draft, AudiencePreview confirmed) {
    try {
      var sent = alerts.send(draft, confirmed);
      var done =
          Notification.show(
              String.format("Alert sent to %,d people.", sent.recipients()),
              5000,
              Notification.Position.BOTTOM_CENTER);
      done.setId("alert-sent-notification");
      getUI()
          .ifPresent(ui ->
              ui.navigate(
                  AlertTrackingView.class,
                  new RouteParameters(AlertTrackingView.ALERT_ID, Long.toString(sent.alertId()))));
    } catch (AlertValidationException e) {
      showError(e);
    }
  }

  private Component staffSenders() {
    var section = new Div();
    section.setId("staff-senders");
    section.addClassName("staff-senders");
    section.add(new H3("Staff who may send alerts"));
    var staff = alerts.staffSenders();
    if (staff.isEmpty()) {
      section.add(new Paragraph("There are no staff accounts."));
    }
    for (var sender : staff) {
      var box = new Checkbox(sender.displayName() + " (" + sender.email() + ")", sender.allowed());
      box.addValueChangeListener(e -> alerts.allowStaffToSend(sender.accountId(), e.getValue()));
      section.add(box);
    }
    var note = new Span("You, the director, may always send alerts.");
    note.addClassName("alert-meta");
    section.add(note);
    return section;
  }
}
