package org.leaps.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyLiaisonService;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.security.SystemAccess;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.leaps.portal.testsupport.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Recertification reminders through a real SMTP server (GreenMail): the counselor and their
 * agency's liaison get one mail per threshold, even when two nodes run the job at the same moment,
 * and never again for the same threshold.
 */
@PortalTest
class TrainingReminderTest {

  @org.junit.jupiter.api.extension.RegisterExtension static final TestSmtp SMTP = new TestSmtp();

  @DynamicPropertySource
  static void mailProperties(DynamicPropertyRegistry registry) {
    SMTP.register(registry);
    registry.add("leaps.training.reminder-lead-days", () -> "60,14");
    registry.add("leaps.training.reminder-check-millis", () -> "3600000");
    registry.add("leaps.alerts.reminder-check-millis", () -> "3600000");
  }

  @Autowired TrainingReminderJob job;
  @Autowired TrainingFixtures fixtures;
  @Autowired AgencyLiaisonService liaisons;
  @Autowired SignIn signIn;

  @AfterEach
  void out() {
    signIn.out();
  }

  private static List<MimeMessage> to(String address) {
    return SMTP.to(address);
  }

  @Test
  void twoNodesRunningTheJobAtOnceSendEachReminderOnce() throws Exception {
    Agency agency = fixtures.agency("Remind");
    String liaisonEmail = RosterFixtures.unique("liaison.") + "@t.invalid";
    SystemAccess.run(() -> liaisons.assign(agency.getId(), liaisonEmail, "Lee Liaison"));
    Counselor soon =
        fixtures.counselor(agency, RosterFixtures.unique("Soon"), fixtures.today().plusDays(10));
    Counselor later =
        fixtures.counselor(agency, RosterFixtures.unique("Later"), fixtures.today().plusDays(45));
    Counselor notYet =
        fixtures.counselor(agency, RosterFixtures.unique("NotYet"), fixtures.today().plusDays(61));

    ExecutorService nodes = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(
          nodes.submit(() -> {
            start.await();
            return job.remindDue();
          }));
    }
    start.countDown();
    for (var run : runs) {
      run.get(120, TimeUnit.SECONDS);
    }
    nodes.shutdown();
    // Mail is sent before remindDue returns, so the inbox is complete here.
    assertThat(job.remindDue()).isZero();

    List<MimeMessage> soonMails = to(soon.getEmail());
    assertThat(soonMails).hasSize(1);
    assertThat(soonMails.getFirst().getSubject())
        .startsWith("[LEAPS] Your peer support recertification is due");
    String body = ((String) soonMails.getFirst().getContent()).replace("\r\n", "\n");
    assertThat(body).contains("(in 10 days)");
    assertThat(to(later.getEmail())).hasSize(1);
    assertThat(to(notYet.getEmail())).isEmpty();
    List<MimeMessage> liaisonMails = to(liaisonEmail);
    assertThat(liaisonMails).hasSize(2);
    assertThat(liaisonMails)
        .extracting(MimeMessage::getSubject)
        .anyMatch(s -> s.endsWith(soon.getFullName()))
        .anyMatch(s -> s.endsWith(later.getFullName()));
  }
}
