package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.alert.AlertService.TokenResult.Outcome;
import org.leaps.portal.alert.ui.AlertAckView;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.leaps.portal.testsupport.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Alerts by email through a real SMTP server (GreenMail, in process): the right recipients, only
 * the alert itself, and a signed acknowledgement link that needs sign-in and works once; reminders
 * go only to those who have not acknowledged.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.leaps.portal.alert.RestoreSecurityStrategy.class)
@PortalTest
class AlertEmailTest extends SpringBrowserlessTest {

  @org.junit.jupiter.api.extension.RegisterExtension static final TestSmtp SMTP = new TestSmtp();
  private static final Pattern LINK =
      Pattern.compile("http://portal\\.test/alerts/ack/([A-Za-z0-9_.-]+)");

  @DynamicPropertySource
  static void mailProperties(DynamicPropertyRegistry registry) {
    SMTP.register(registry);
    registry.add("leaps.alerts.base-url", () -> "http://portal.test/");
    registry.add("leaps.alerts.token-secret", () -> "test-secret-for-ack-links");
    registry.add("leaps.alerts.reminder-delay", () -> "0s");
    // One round here; repeated rounds are AlertReminderRoundsTest's.
    registry.add("leaps.alerts.reminder-max", () -> "1");
    registry.add("leaps.alerts.reminder-check-millis", () -> "3600000");
  }

  @Autowired AlertService alerts;
  @Autowired AlertTestData data;
  @Autowired AlertReminderJob reminders;
  @Autowired SignIn signIn;

  @AfterEach
  void signOut() {
    data.closeCriticalAlerts();
    signIn.out();
  }

  private List<MimeMessage> messagesWithSubjectContaining(String text, int expected)
      throws Exception {
    return await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> Arrays.stream(SMTP.received()).filter(m -> subject(m).contains(text)).toList(),
            found -> found.size() >= expected);
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage message) throws Exception {
    var to = message.getRecipients(Message.RecipientType.TO);
    assertThat(to).hasSize(1);
    assertThat(message.getRecipients(Message.RecipientType.CC)).isNull();
    return to[0].toString();
  }

  private static String body(MimeMessage message) throws Exception {
    return ((String) message.getContent()).replace("\r\n", "\n");
  }

  @Test
  void alertEmailReachesTheAudienceWithOnlyTheAlertAndASingleUseLink() throws Exception {
    signIn.as(SignIn.DIRECTOR);
    String title = data.unique("Mail");
    long gulfport = data.agencyId("GULFPORT-PD");
    var draft =
        new AlertDraft(
            title,
            "Staging at Gulfport HQ.\nBring your ID.",
            Severity.CRITICAL,
            false,
            Set.of(),
            Set.of(gulfport),
            null,
            true,
            java.time.Instant.now().plus(Duration.ofHours(4)));
    var sent = alerts.send(draft);
    List<String> expected = data.deliveryEmails(sent.alertId());
    assertThat(expected).contains(SignIn.COUNSELOR, SignIn.LIAISON_GULFPORT);

    List<MimeMessage> mails = messagesWithSubjectContaining(title, expected.size());
    assertThat(mails).hasSize(expected.size());
    Set<String> recipients =
        mails.stream()
            .map(m -> {
              try {
                return recipient(m);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
            .collect(Collectors.toSet());
    assertThat(recipients).containsExactlyInAnyOrderElementsOf(expected);

    MimeMessage hannahs =
        mails.stream()
            .filter(m -> {
              try {
                return recipient(m).equals(SignIn.COUNSELOR);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
            .findFirst()
            .orElseThrow();
    assertThat(hannahs.getSubject()).isEqualTo("[LEAPS Critical] " + title);
    String body = body(hannahs);
    assertThat(body).startsWith(title + "\n\nStaging at Gulfport HQ.\nBring your ID.\n\n");
    // Only the alert: no phone numbers, no other recipients, no roster data.
    assertThat(body).doesNotContain("555-01").doesNotContain(SignIn.LIAISON_GULFPORT);
    assertThat(body).doesNotContain("Delacroix");
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as("acknowledgement link in:\n%s", body).isTrue();
    String token = link.group(1);

    // The link needs sign-in.
    signIn.out();
    assertThatThrownBy(() -> alerts.acknowledgeByToken(token))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

    // Someone else's sign-in cannot use it, and does not spend it.
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThat(alerts.acknowledgeByToken(token).outcome()).isEqualTo(Outcome.NOT_YOURS);

    // A forged token is refused.
    signIn.as(SignIn.COUNSELOR);
    String forged =
        token.substring(0, token.indexOf('.') + 1)
            + "AAAA"
            + token.substring(token.indexOf('.') + 5);
    assertThat(alerts.acknowledgeByToken(forged).outcome()).isEqualTo(Outcome.INVALID);

    // The recipient, signed in, follows the link: acknowledged.
    navigate("alerts/ack/" + token, AlertAckView.class);
    assertThat($(Paragraph.class).id("alert-ack-result").getText())
        .isEqualTo("Thank you. You have acknowledged “" + title + "”.");
    assertThat(data.delivery(sent.alertId(), SignIn.COUNSELOR).getAcknowledgedAt()).isNotNull();

    // Used once: it cannot be used again.
    navigate("alerts/ack/" + token, AlertAckView.class);
    assertThat($(Paragraph.class).id("alert-ack-result").getText())
        .startsWith("This link has already been used.");
    assertThat(alerts.acknowledgeByToken(token).outcome()).isEqualTo(Outcome.ALREADY_USED);

    // Reminders go to everyone who has not acknowledged, and not to Hannah.
    reminders.remindDue();
    List<MimeMessage> reminderMails =
        messagesWithSubjectContaining("Reminder: [LEAPS Critical] " + title, expected.size() - 1);
    Set<String> reminded =
        reminderMails.stream()
            .map(m -> {
              try {
                return recipient(m);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
            .collect(Collectors.toSet());
    assertThat(reminded).hasSize(expected.size() - 1).doesNotContain(SignIn.COUNSELOR);
    assertThat(reminded).contains(SignIn.LIAISON_GULFPORT);
    // A second run does not remind again.
    reminders.remindDue();
    await()
        .during(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> messagesWithSubjectContaining("Reminder: [LEAPS Critical] " + title, 0).size(),
            n -> n == expected.size() - 1);
  }
}
