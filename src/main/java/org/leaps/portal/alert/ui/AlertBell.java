package org.leaps.portal.alert.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leaps.portal.alert.AlertLiveHub;
import org.leaps.portal.alert.AlertService;
import org.leaps.portal.alert.AlertSignal;
import org.leaps.portal.alert.InboxItem;
import org.leaps.portal.alert.InterruptionPolicy;
import org.leaps.portal.alert.Severity;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.PortalUser;

/**
 * The bell in the navigation bar: unread count, and live delivery while the portal is open. A
 * critical alert opens a blocking dialog with one-tap acknowledgement; others show a notification.
 * At sign-in, unacknowledged critical alerts open the dialog too. One bell per page: a prototype
 * bean, asked for by {@link AlertBellContribution}.
 *
 * <p>A critical alert reaches every open session at the same moment, so its dialog is kept small
 * (five components, no icon, no footer renderer; the "Critical alert" label is drawn by the
 * stylesheet and named by the dialog's aria-label) and one is kept ready in every page: see
 * docs/performance/alerts.md.
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/alerts.css")
@org.springframework.stereotype.Component
@org.springframework.context.annotation.Scope(
    org.springframework.beans.factory.config.ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class AlertBell extends Div {

  /** "From sender, when" per alert: the same text in every session, formatted once. */
  private static final Map<Long, String> META = new java.util.concurrent.ConcurrentHashMap<>();

  private final AlertService alerts;
  private final AlertLiveHub hub;
  private final InterruptionPolicy interruption;
  private final CurrentUser currentUser;
  private final Button button = new Button(VaadinIcon.BELL.create());
  private final Span badge = new Span();
  private final Map<Long, CriticalDialog> openDialogs = new LinkedHashMap<>();
  private CriticalDialog spare;

  private PortalUser user;
  private Registration registration;

  /** The alerts counted on the bell; a set, so an alert seen at attach and live counts once. */
  private final java.util.Set<Long> unreadIds = new java.util.HashSet<>();

  AlertBell(
      AlertService alerts,
      AlertLiveHub hub,
      InterruptionPolicy interruption,
      CurrentUser currentUser) {
    this.alerts = alerts;
    this.hub = hub;
    this.interruption = interruption;
    this.currentUser = currentUser;
    setId("alert-bell");
    addClassName("alert-bell");
    button.addThemeVariants(ButtonVariant.TERTIARY);
    button.addClickListener(e -> UI.getCurrent().navigate(AlertInboxView.class));
    badge.addClassName("alert-bell-count");
    badge.setId("alert-bell-count");
    badge.getElement().setAttribute("aria-hidden", "true");
    add(button, badge);
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    Optional<PortalUser> signedIn = currentUser.get();
    if (signedIn.isEmpty()) {
      setVisible(false);
      return;
    }
    user = signedIn.get();
    reloadUnread();
    PortalUser person = user;
    Registration live =
        hub.register(attachEvent.getUI(), signal -> signal.concerns(person), this::onSignal);
    Registration local =
        com.vaadin.flow.component.ComponentUtil.addListener(
            attachEvent.getUI(), UnreadChangedEvent.class, e -> reloadUnread());
    registration =
        () -> {
          live.remove();
          local.remove();
        };
    List<InboxItem> open = alerts.openCriticalAlerts();
    open.forEach(item ->
        showCritical(
            item.alertId(),
            item.title(),
            item.message(),
            item.senderName(),
            item.sentAt(),
            item.ackRequired()));
    prepareSpare();
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    if (registration != null) {
      registration.remove();
      registration = null;
    }
  }

  /** The unread count shown on the bell. */
  public long unread() {
    return unreadIds.size();
  }

  /** Whether this alert is counted as unread on the bell. */
  public boolean countsAsUnread(long alertId) {
    return unreadIds.contains(alertId);
  }

  private void reloadUnread() {
    unreadIds.clear();
    unreadIds.addAll(alerts.unreadAlertIds());
    showUnread();
  }

  private void showUnread() {
    long unread = unreadIds.size();
    badge.setText(unread == 0 ? "" : unread > 99 ? "99+" : Long.toString(unread));
    badge.setVisible(unread > 0);
    button.setAriaLabel(unread == 1 ? "Alerts: 1 unread" : "Alerts: " + unread + " unread");
  }

  /** A signal that concerns this bell's person ({@link AlertSignal#concerns}: the hub checked). */
  private void onSignal(AlertSignal signal) {
    switch (signal) {
      case AlertSignal.Sent sent -> receive(sent);
      // Acknowledged means read, and a closed alert is not counted: the bell drops it without a
      // query, as hundreds of people acknowledge within seconds of a critical alert.
      case AlertSignal.Acknowledged ack -> {
        closeDialog(ack.alertId());
        forget(ack.alertId());
      }
      case AlertSignal.Closed closed -> {
        closeDialog(closed.alertId());
        forget(closed.alertId());
      }
      case AlertSignal.Reminded reminded ->
          notify(
              Severity.URGENT,
              reminded.alertId(),
              "Reminder: please acknowledge",
              reminded.title());
    }
  }

  private void receive(AlertSignal.Sent sent) {
    // Read or acknowledged elsewhere (another tab, another node, the email link) before the
    // signal got here: not unread, and no dialog or toast asking for what is already done.
    boolean read = sent.settled().hasRead(user);
    boolean done = sent.ackRequired() ? sent.settled().hasAcknowledged(user) : read;
    if (!read && unreadIds.add(sent.alertId())) {
      showUnread();
    }
    hub.reached(sent.alertId(), user.email().toLowerCase(java.util.Locale.ROOT));
    if (done) {
      return;
    }
    if (sent.severity() == Severity.CRITICAL) {
      showCritical(
          sent.alertId(),
          sent.title(),
          sent.message(),
          sent.senderName(),
          sent.sentAt(),
          sent.ackRequired());
    } else if (interruption.mayInterrupt(
        sent.severity(), user.email(), user.counselorId(), Instant.now())) {
      notify(sent.severity(), sent.alertId(), sent.severity().label() + " alert", sent.title());
    }
  }

  private void forget(long alertId) {
    if (unreadIds.remove(alertId)) {
      showUnread();
    }
  }

  private void notify(Severity severity, long alertId, String heading, String title) {
    var headingSpan = new Span(heading);
    headingSpan.addClassName("alert-toast-heading");
    var titleSpan = new Span(title);
    titleSpan.addClassName("alert-toast-title");
    var notification = new Notification();
    var open =
        new Button(
            "Open",
            e -> {
              notification.close();
              openInInbox(alertId);
            });
    open.addThemeVariants(ButtonVariant.PRIMARY);
    var dismiss = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
    dismiss.setAriaLabel("Dismiss");
    dismiss.addThemeVariants(ButtonVariant.TERTIARY);
    var text = new Div(headingSpan, titleSpan);
    text.addClassName("alert-toast-text");
    var content = new Div(text, open, dismiss);
    content.addClassName("alert-toast");
    notification.add(content);
    notification.addClassName("alert-toast-" + severity.name().toLowerCase(java.util.Locale.ROOT));
    notification.addThemeVariants(
        severity == Severity.URGENT ? NotificationVariant.WARNING : NotificationVariant.INFO);
    notification.setPosition(Notification.Position.TOP_END);
    notification.setDuration(severity == Severity.URGENT ? 0 : 15_000);
    notification.open();
  }

  private static void openInInbox(long alertId) {
    UI.getCurrent()
        .navigate(
            AlertInboxView.class,
            QueryParameters.of(AlertInboxView.ALERT_PARAMETER, Long.toString(alertId)));
  }

  private void showCritical(
      long alertId,
      String title,
      String message,
      String senderName,
      Instant sentAt,
      boolean ackRequired) {
    if (openDialogs.containsKey(alertId)) {
      return;
    }
    CriticalDialog dialog = spare != null ? spare : new CriticalDialog();
    spare = null;
    dialog.fill(alertId, title, message, meta(alertId, senderName, sentAt), ackRequired);
    openDialogs.put(alertId, dialog);
    dialog.open();
  }

  /**
   * Keeps one closed critical-alert dialog attached to the bell, built while the page opens, so a
   * live critical alert only fills in its text and opens it: building and attaching a dialog in
   * every open session at the same moment was most of the fan-out's cost. It is never rendered
   * until it opens.
   */
  private void prepareSpare() {
    if (spare == null && user != null) {
      spare = new CriticalDialog();
      add(spare);
    }
  }

  private static String meta(long alertId, String senderName, Instant sentAt) {
    String text = META.get(alertId);
    if (text == null) {
      if (META.size() > 100) {
        META.clear();
      }
      text = "From " + senderName + ", " + AlertFormat.when(sentAt);
      META.put(alertId, text);
    }
    return text;
  }

  private void closeDialog(long alertId) {
    CriticalDialog dialog = openDialogs.remove(alertId);
    if (dialog != null) {
      dialog.close();
      if (dialog.getParent().orElse(null) == this) {
        if (spare == null) {
          // The answered dialog is the page's spare again rather than rebuilt: within seconds of
          // a critical alert hundreds of people answer it, and each answer built and attached a
          // new dialog and detached the old one.
          dialog.setAside();
          spare = dialog;
        } else {
          remove(dialog);
        }
      }
      prepareSpare();
    }
  }

  /** The blocking dialog of one critical alert: title, message, sender and one button. */
  private final class CriticalDialog extends Dialog {

    private final H2 heading = new H2();
    private final Paragraph body = new Paragraph();
    private final Paragraph meta = new Paragraph();
    private final Button confirm = new Button();
    private long alertId;
    private boolean ackRequired;

    CriticalDialog() {
      addClassName("critical-alert-dialog");
      // Modal to the eye (curtain, focus trap, no pointer events behind it), but not made modal on
      // the server: strict modality makes every other component of the page inert, and that flag
      // is cascaded through the whole page when the alert opens and again when it closes, in every
      // open session at once (38 % of the fan-out's samples at 1,000 users, decision 134). The
      // dialog guards nothing: the page behind it is the person's own, as usable in another tab.
      setModality(ModalityMode.VISUAL);
      setCloseOnEsc(false);
      setCloseOnOutsideClick(false);
      getElement().setAttribute("aria-label", "Critical alert");
      heading.addClassName("critical-alert-title");
      body.addClassName("alert-message");
      meta.addClassName("alert-meta");
      confirm.addClassName("critical-alert-ack");
      confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
      confirm.addClickListener(e -> confirmed());
      add(heading, body, meta, confirm);
    }

    void fill(long alertId, String title, String message, String metaText, boolean ackRequired) {
      this.alertId = alertId;
      this.ackRequired = ackRequired;
      setId("critical-alert-" + alertId);
      // Ids only while in use (setAside takes them off again): an unused spare carries none.
      heading.setText(title);
      body.setText(message);
      meta.setText(metaText);
      String label = ackRequired ? "Acknowledge" : "I have read this";
      // Only when it changes: a button's text is replaced, not compared, and this runs in every
      // open page at the same moment (a tenth of each page's alert work in the fan-out benchmark).
      if (!label.equals(confirm.getText())) {
        confirm.setText(label);
      }
      confirm.setId("critical-alert-ack");
    }

    /**
     * Back to an unused spare: no alert, and no ids a page, a test or the load driver could find it
     * by. Its text stays until the next alert fills it in: a closed dialog shows nothing, and
     * emptying it now would shrink it to a bare box while its closing animation runs.
     */
    void setAside() {
      alertId = 0;
      getElement().removeAttribute("id");
      confirm.getElement().removeAttribute("id");
    }

    private void confirmed() {
      long id = alertId;
      if (openDialogs.get(id) != this) {
        // The second tap of a double tap, arriving after the first closed the dialog (which the
        // page keeps as its spare): already answered.
        return;
      }
      boolean done = ackRequired ? alerts.acknowledge(id) : alerts.open(id).isPresent();
      closeDialog(id);
      if (done) {
        forget(id); // read now, as the statement that recorded it says
      } else {
        reloadUnread();
      }
      if (ackRequired) {
        Notification.show("Acknowledged. Thank you.", 4000, Notification.Position.BOTTOM_CENTER);
      }
    }
  }
}
