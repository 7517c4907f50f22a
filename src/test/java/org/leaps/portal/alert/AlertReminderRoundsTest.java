package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.LeapsPortalApplication;
import org.leaps.portal.alert.ui.AlertTrackingView;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.leaps.portal.testsupport.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Repeated reminders through a real SMTP server (GreenMail): a round every reminder-delay (30
 * minutes here, the default) to those who have not acknowledged at that moment, at most
 * reminder-max rounds (2 here), none once the alert is closed or expired; two nodes never send a
 * round twice, nor announce an expiry twice. Time is passed to the job explicitly ({@code
 * remindDue(now)}), so the test does not wait half an hour; the nodes' own schedules are pushed out
 * of the way.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.leaps.portal.alert.RestoreSecurityStrategy.class)
@PortalTest
class AlertReminderRoundsTest extends SpringBrowserlessTest {

  @org.junit.jupiter.api.extension.RegisterExtension static final TestSmtp SMTP = new TestSmtp();
  private static final Duration DELAY = Duration.ofMinutes(30);

  @DynamicPropertySource
  static void mailProperties(DynamicPropertyRegistry registry) {
    SMTP.register(registry);
    registry.add("leaps.alerts.token-secret", () -> "test-secret-for-reminder-rounds");
    registry.add("leaps.alerts.reminder-max", () -> "2");
    registry.add("leaps.alerts.reminder-check-millis", () -> "3600000");
  }

  @Autowired AlertService alerts;
  @Autowired AlertTestData data;
  @Autowired AlertReminderJob reminders;
  @Autowired SignIn signIn;
  @Autowired org.leaps.portal.availability.QuietHoursFixture quietHours;

  private ConfigurableApplicationContext node2;

  /** Urgent reminder mails are held in quiet hours: the rounds here must not hang on the clock. */
  @org.junit.jupiter.api.BeforeEach
  void nobodyInQuietHours() {
    quietHours.nobodyHasQuietHours();
  }

  private SecurityContextHolderStrategy node1Strategy;

  @AfterEach
  void cleanUp() {
    signIn.out();
    if (node2 != null) {
      node2.close();
      node2 = null;
    }
    if (node1Strategy != null) {
      SecurityContextHolder.setContextHolderStrategy(node1Strategy);
    }
  }

  @Test
  void roundsReachOnlyThoseWhoHaveNotAcknowledgedAndStopAtTheMax() throws Exception {
    signIn.as(SignIn.DIRECTOR);
    String title = data.unique("Rounds");
    long alertId = sendToGulfport(title);
    List<String> audience = data.deliveryEmails(alertId);
    assertThat(audience).contains(SignIn.COUNSELOR, SignIn.LIAISON_GULFPORT);
    Instant t0 = Instant.now();

    // Not yet due: nothing.
    reminders.remindDue(t0.plus(DELAY).minusSeconds(60));
    assertThat(data.alert(alertId).getReminderCount()).isZero();

    // Round 1 goes to everyone (nobody has acknowledged).
    reminders.remindDue(t0.plus(DELAY).plusSeconds(60));
    assertThat(data.alert(alertId).getReminderCount()).isEqualTo(1);
    Map<String, List<Integer>> received = awaitReminders(title, audience.size());
    assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(audience);
    assertThat(received.values()).allSatisfy(rounds -> assertThat(rounds).containsExactly(1));

    // The tracking view shows the round and when the next is due.
    navigate(AlertTrackingView.class, Map.of("alertId", Long.toString(alertId)));
    assertThat($(Paragraph.class).id("tracking-reminders").getText())
        .startsWith("1 of 2 reminders sent, the last ")
        .contains(". Next due ")
        .endsWith("to the " + audience.size() + " people who have not acknowledged.");

    // Hannah acknowledges; round 2 is not due until the delay after round 1.
    signIn.as(SignIn.COUNSELOR);
    assertThat(alerts.acknowledge(alertId)).isTrue();
    reminders.remindDue(t0.plus(DELAY.multipliedBy(2)));
    assertThat(data.alert(alertId).getReminderCount()).isEqualTo(1);

    // Round 2 goes to everyone but Hannah.
    reminders.remindDue(t0.plus(DELAY.multipliedBy(2)).plusSeconds(120));
    assertThat(data.alert(alertId).getReminderCount()).isEqualTo(2);
    received = awaitReminders(title, 2 * audience.size() - 1);
    assertThat(received.get(SignIn.COUNSELOR)).containsExactly(1);
    assertThat(received.get(SignIn.LIAISON_GULFPORT)).containsExactly(1, 2);
    assertThat(received.values().stream().mapToInt(List::size).sum())
        .isEqualTo(2 * audience.size() - 1);

    // Never beyond the max.
    reminders.remindDue(t0.plus(DELAY.multipliedBy(4)));
    reminders.remindDue(t0.plus(DELAY.multipliedBy(6)));
    assertThat(data.alert(alertId).getReminderCount()).isEqualTo(2);
    assertNoMoreMailThan(title, 2 * audience.size() - 1);
    assertThat(data.eventCount(alertId, AlertActivity.Kind.REMINDED)).isEqualTo(2);

    signIn.as(SignIn.DIRECTOR);
    Tracking tracking = alerts.tracking(alertId).orElseThrow();
    assertThat(tracking.reminders().sent()).isEqualTo(2);
    assertThat(tracking.reminders().nextDue()).isNull();
    navigate(AlertTrackingView.class, Map.of("alertId", Long.toString(alertId)));
    assertThat($(Paragraph.class).id("tracking-reminders").getText())
        .startsWith("2 of 2 reminders sent, the last ")
        .endsWith("All reminders sent.");
    alerts.close(alertId);
  }

  @Test
  void noRoundForAClosedOrExpiredAlertOrWhenEveryoneAcknowledged() throws Exception {
    signIn.as(SignIn.DIRECTOR);
    String closedTitle = data.unique("Closed rounds");
    long closed = sendToGulfport(closedTitle);
    alerts.close(closed);
    String expiredTitle = data.unique("Expired rounds");
    long expired = sendToGulfport(expiredTitle);
    data.expire(expired);
    String ackedTitle = data.unique("Acknowledged rounds");
    long acked = sendTo(ackedTitle, "HATTIESBURG-PD");
    assertThat(data.deliveryEmails(acked)).isNotEmpty();
    data.acknowledgeAll(acked);

    Instant later = Instant.now().plus(DELAY.multipliedBy(3));
    reminders.remindDue(later);
    reminders.remindDue(later.plus(DELAY.multipliedBy(2)));
    assertNoMoreMailThan(closedTitle, 0);
    assertNoMoreMailThan(expiredTitle, 0);

    assertThat(data.alert(closed).getReminderCount()).isZero();
    assertThat(data.alert(expired).getReminderCount()).isZero();
    assertThat(reminderRounds(closedTitle)).isEmpty();
    assertThat(reminderRounds(expiredTitle)).isEmpty();
    assertThat(data.alert(acked).getReminderCount()).isZero();
    assertThat(reminderRounds(ackedTitle)).isEmpty();
    assertThat(alerts.tracking(closed).orElseThrow().reminders().nextDue()).isNull();
    navigate(AlertTrackingView.class, Map.of("alertId", Long.toString(closed)));
    assertThat($(Paragraph.class).id("tracking-reminders").getText())
        .isEqualTo("No reminder sent yet. No further reminder: the alert has ended.");
    navigate(AlertTrackingView.class, Map.of("alertId", Long.toString(acked)));
    assertThat($(Paragraph.class).id("tracking-reminders").getText())
        .isEqualTo("No reminder sent yet. No further reminder: everyone has acknowledged.");
    alerts.close(acked);
  }

  @Test
  void twoNodesSendEachRoundOnceAndAnnounceTheExpiryOnce() throws Exception {
    node1Strategy = SecurityContextHolder.getContextHolderStrategy();
    node2 =
        new SpringApplicationBuilder(LeapsPortalApplication.class)
            .profiles("test")
            .properties(
                "spring.main.banner-mode=off",
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + SMTP.port(),
                "leaps.alerts.token-secret=test-secret-for-reminder-rounds",
                "leaps.alerts.reminder-max=2",
                "leaps.alerts.reminder-check-millis=3600000")
            // An argument, not a default property, so it wins over application.properties.
            .run("--server.port=0");
    SecurityContextHolder.setContextHolderStrategy(node1Strategy);
    AlertReminderJob node2Reminders = node2.getBean(AlertReminderJob.class);
    assertThat(node2Reminders).isNotSameAs(reminders);

    signIn.as(SignIn.DIRECTOR);
    String title = data.unique("Two-node rounds");
    long alertId = sendToGulfport(title);
    int audience = data.deliveryEmails(alertId).size();
    Instant t0 = Instant.now();

    ExecutorService both = Executors.newFixedThreadPool(2);
    try {
      for (int step = 1; step <= 4; step++) {
        Instant at = t0.plus(DELAY.multipliedBy(step)).plusSeconds(30);
        var barrier = new CyclicBarrier(2);
        Future<Integer> one =
            both.submit(() -> {
              barrier.await(10, TimeUnit.SECONDS);
              return reminders.remindDue(at);
            });
        Future<Integer> two =
            both.submit(() -> {
              barrier.await(10, TimeUnit.SECONDS);
              return node2Reminders.remindDue(at);
            });
        one.get(30, TimeUnit.SECONDS);
        two.get(30, TimeUnit.SECONDS);
        assertThat(data.alert(alertId).getReminderCount()).isEqualTo(Math.min(step, 2));
      }
    } finally {
      both.shutdownNow();
    }

    awaitReminders(title, 2 * audience);
    assertNoMoreMailThan(title, 2 * audience);
    Map<String, List<Integer>> received = reminderRounds(title);
    assertThat(received).hasSize(audience);
    assertThat(received.values()).allSatisfy(rounds -> assertThat(rounds).containsExactly(1, 2));
    assertThat(data.eventCount(alertId, AlertActivity.Kind.REMINDED)).isEqualTo(2);

    // When the alert expires, both nodes look at once; one announces it.
    data.expire(alertId);
    ExecutorService again = Executors.newFixedThreadPool(2);
    try {
      var barrier = new CyclicBarrier(2);
      Instant now = Instant.now();
      Future<Integer> one =
          again.submit(() -> {
            barrier.await(10, TimeUnit.SECONDS);
            return reminders.announceExpired(now);
          });
      Future<Integer> two =
          again.submit(() -> {
            barrier.await(10, TimeUnit.SECONDS);
            return node2Reminders.announceExpired(now);
          });
      one.get(30, TimeUnit.SECONDS);
      two.get(30, TimeUnit.SECONDS);
    } finally {
      again.shutdownNow();
    }
    assertThat(data.eventCount(alertId, AlertActivity.Kind.CLOSED)).isEqualTo(1);
    assertThat(data.alert(alertId).getExpiryNoticedAt()).isNotNull();
  }

  // --- Helpers ---------------------------------------------------------------------------------

  private long sendToGulfport(String title) {
    return sendTo(title, "GULFPORT-PD");
  }

  private long sendTo(String title, String agencyCode) {
    return alerts
        .send(data.draft(title, Severity.URGENT, Set.of(data.agencyId(agencyCode)), null, true))
        .alertId();
  }

  /** Reminder mails of this alert per recipient: the round numbers received, in order. */
  private static Map<String, List<Integer>> reminderRounds(String title) throws Exception {
    Map<String, List<Integer>> rounds = new HashMap<>();
    for (MimeMessage m : SMTP.received()) {
      if (!m.getSubject().startsWith("Reminder: ") || !m.getSubject().endsWith("] " + title)) {
        continue;
      }
      var to = m.getRecipients(Message.RecipientType.TO);
      assertThat(to).hasSize(1);
      String body = ((String) m.getContent()).replace("\r\n", "\n");
      var round = java.util.regex.Pattern.compile("^Reminder (\\d+) of 2: ").matcher(body);
      assertThat(round.find()).as("round number in:\n%s", body).isTrue();
      rounds
          .computeIfAbsent(to[0].toString(), k -> new java.util.ArrayList<>())
          .add(Integer.parseInt(round.group(1)));
    }
    rounds.values().forEach(list -> list.sort(Integer::compare));
    return rounds;
  }

  private static Map<String, List<Integer>> awaitReminders(String title, int expected)
      throws Exception {
    return await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> reminderRounds(title),
            rounds -> rounds.values().stream().mapToInt(List::size).sum() >= expected);
  }

  /** No reminder mail of this alert beyond {@code expected} arrives for 700 ms. */
  private static void assertNoMoreMailThan(String title, int expected) {
    await()
        .during(Duration.ofMillis(700))
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> reminderRounds(title).values().stream().mapToInt(List::size).sum(),
            n -> n == expected);
  }
}
