package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.alert.ui.AlertBell;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.QuietHoursFixture;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A counselor has the portal open; the director sends an alert; the poller picks it up and pushes
 * it: a blocking dialog for a critical alert (acknowledged with one tap), a notification otherwise.
 */
@PortalTest
class AlertLiveDeliveryTest extends LivePushTest {

  @Autowired AvailabilityService availability;
  @Autowired QuietHoursFixture quietHours;

  @BeforeEach
  void nobodyInQuietHours() {
    quietHours.nobodyHasQuietHours();
  }

  private long sendAsDirector(Severity severity, boolean ackRequired) {
    return sendAsDirector(
        data.unique("Live " + severity.label()),
        "<b>Bold?</b> Report to staging.\nSecond line.",
        severity,
        ackRequired);
  }

  @Test
  void criticalAlertOpensABlockingDialogThatIsAcknowledgedWithOneTap() throws Exception {
    AlertBell bell = openOverviewAs(SignIn.COUNSELOR);
    long before = bell.unread();

    long alertId = sendAsDirector(Severity.CRITICAL, true);
    awaitPush(() -> !$(Dialog.class).withId("critical-alert-" + alertId).all().isEmpty());

    Dialog dialog = $(Dialog.class).id("critical-alert-" + alertId);
    // Modal to the eye; the page behind is not made inert on the server (decision 134).
    assertThat(dialog.getModality()).isEqualTo(ModalityMode.VISUAL);
    assertThat(dialog.isCloseOnEsc()).isFalse();
    assertThat(dialog.isCloseOnOutsideClick()).isFalse();
    assertThat($(H2.class, dialog).single().getText()).startsWith("Live Critical");
    // Markup in the message is shown as text.
    assertThat($(Paragraph.class, dialog).withClassName("alert-message").single().getText())
        .isEqualTo("<b>Bold?</b> Report to staging.\nSecond line.");
    assertThat(bell.unread()).isEqualTo(before + 1);

    test($(Button.class, dialog).id("critical-alert-ack")).click();

    assertThat(dialog.isOpened()).isFalse();
    var delivery = data.delivery(alertId, SignIn.COUNSELOR);
    assertThat(delivery.getAcknowledgedAt()).isNotNull();
    assertThat(delivery.getReachedAt()).isNotNull();
    assertThat(bell.unread()).isEqualTo(before);
  }

  @Test
  void aSecondTapOnAcknowledgeIsAlreadyAnswered() throws Exception {
    openOverviewAs(SignIn.COUNSELOR);
    long alertId = sendAsDirector(Severity.CRITICAL, true);
    awaitPush(() -> !$(Dialog.class).withId("critical-alert-" + alertId).all().isEmpty());
    Button acknowledge =
        $(Button.class, $(Dialog.class).id("critical-alert-" + alertId)).id("critical-alert-ack");

    test(acknowledge).click();
    // A double tap: the second click reaches the server after the first closed the dialog.
    ComponentUtil.fireEvent(acknowledge, new ClickEvent<>(acknowledge));

    assertThat($(Notification.class).all().stream().map(n -> test(n).getText()))
        .containsOnlyOnce("Acknowledged. Thank you.");
    assertThat(data.delivery(alertId, SignIn.COUNSELOR).getAcknowledgedAt()).isNotNull();
  }

  @Test
  void urgentAlertShowsANotificationAndCountsOnTheBell() throws Exception {
    AlertBell bell = openOverviewAs(SignIn.COUNSELOR);
    long before = bell.unread();

    long alertId = sendAsDirector(Severity.URGENT, false);
    awaitPush(() -> bell.unread() == before + 1);

    String title = data.alertTitled(titleOf(alertId)).getTitle();
    assertThat($(Notification.class).all())
        .anySatisfy(n ->
            assertThat($(Span.class, n).withClassName("alert-toast-title").single().getText())
                .isEqualTo(title));
    assertThat($(Dialog.class).withId("critical-alert-" + alertId).all()).isEmpty();
    assertThat($(Span.class).id("alert-bell-count").getText()).isEqualTo(Long.toString(before + 1));
  }

  @Test
  void inQuietHoursAnUrgentAlertWaitsOnTheBellWithoutAPopUp() throws Exception {
    AlertBell bell = openOverviewAs(SignIn.COUNSELOR);
    LocalTime[] quiet = QuietHoursFixture.around(Instant.now());
    availability.setQuietHours(quiet[0], quiet[1]);
    long before = bell.unread();

    long urgent = sendAsDirector(Severity.URGENT, false);
    awaitPush(() -> bell.unread() == before + 1);
    String urgentTitle = data.alertTitled(titleOf(urgent)).getTitle();
    assertThat($(Notification.class).all())
        .noneSatisfy(n ->
            assertThat($(Span.class, n).withClassName("alert-toast-title").all())
                .anySatisfy(t -> assertThat(t.getText()).isEqualTo(urgentTitle)));

    // A critical alert breaks through quiet hours.
    long critical = sendAsDirector(Severity.CRITICAL, true);
    awaitPush(() -> !$(Dialog.class).withId("critical-alert-" + critical).all().isEmpty());
    assertThat(bell.unread()).isEqualTo(before + 2);
  }

  @Test
  void peopleOutsideTheAudienceGetNothing() throws Exception {
    AlertBell bell = openOverviewAs(SignIn.LIAISON_HATTIESBURG);
    long before = bell.unread();
    long alertId = sendAsDirector(Severity.CRITICAL, true);
    await("no dialog and no unread alert for 1.5 s")
        .pollInSameThread()
        .during(Duration.ofMillis(1500))
        .atMost(Duration.ofSeconds(5))
        .until(() -> {
          takePushes();
          return $(Dialog.class).withId("critical-alert-" + alertId).all().isEmpty()
              && bell.unread() == before;
        });
  }

  private String titleOf(long alertId) {
    SecurityContext current = SecurityContextHolder.getContext();
    signIn.as(SignIn.DIRECTOR);
    String title = alerts.tracking(alertId).orElseThrow().alert().title();
    SecurityContextHolder.setContext(current);
    return title;
  }
}
