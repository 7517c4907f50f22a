package org.leaps.portal.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.alert.InterruptionPolicy;
import org.leaps.portal.alert.QuietHoursPolicy;
import org.leaps.portal.alert.Severity;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The quiet hours a counselor sets on the availability page hold back every alert pop-up and e-mail
 * except critical ones: the availability feature provides the alerts' quiet-hours policy.
 */
@PortalTest
class QuietHoursAppliedTest {

  @Autowired AvailabilityService service;
  @Autowired SignIn signIn;
  @Autowired InterruptionPolicy interruption;
  @Autowired ObjectProvider<QuietHoursPolicy> policies;
  @Autowired QuietHours quietHours;

  PortalUser hannah;
  LocalTime[] before;

  @BeforeEach
  void remember() {
    hannah = DemoCounselor.notDeployed(service, signIn);
    var plan = service.mine().plan();
    before = new LocalTime[] {plan.quietStart(), plan.quietEnd()};
  }

  @AfterEach
  void restore() {
    signIn.as(SignIn.COUNSELOR);
    service.setQuietHours(before[0], before[1]);
    signIn.out();
  }

  @Test
  void availabilityProvidesTheOnePolicyTheAlertsAsk() {
    // Without this bean every alert would interrupt everyone, whatever they set.
    assertThat(policies.getIfAvailable()).isNotNull().isSameAs(quietHours);
  }

  @Test
  void inQuietHoursOnlyACriticalAlertInterrupts() {
    Instant now = Instant.now();
    LocalTime[] quiet = QuietHoursFixture.around(now);
    service.setQuietHours(quiet[0], quiet[1]);
    signIn.out();

    Long id = hannah.counselorId();
    assertThat(interruption.mayInterrupt(Severity.INFORMATION, hannah.email(), id, now)).isFalse();
    assertThat(interruption.mayInterrupt(Severity.URGENT, hannah.email(), id, now)).isFalse();
    assertThat(interruption.mayInterrupt(Severity.CRITICAL, hannah.email(), id, now)).isTrue();
    // An account known only by its email address is matched to the counselor record.
    assertThat(interruption.mayInterrupt(Severity.URGENT, hannah.email(), null, now)).isFalse();
    // The same rule answers screens that show "in quiet hours now".
    assertThat(quietHours.quietNow(List.of(id))).containsExactly(id);
  }

  @Test
  void outsideQuietHoursEveryAlertInterrupts() {
    Instant now = Instant.now();
    LocalTime[] later = QuietHoursFixture.later(now);
    service.setQuietHours(later[0], later[1]);
    signIn.out();

    Long id = hannah.counselorId();
    assertThat(interruption.mayInterrupt(Severity.URGENT, hannah.email(), id, now)).isTrue();
    assertThat(interruption.mayInterrupt(Severity.INFORMATION, hannah.email(), id, now)).isTrue();
    assertThat(quietHours.quietNow(List.of(id))).isEmpty();
    // Quiet hours that run past midnight cover the small hours.
    assertThat(QuietHours.covers(LocalTime.of(22, 0), LocalTime.of(6, 0), LocalTime.of(2, 30)))
        .isTrue();
  }

  @Test
  void peopleWithoutQuietHoursAreAlwaysReachable() {
    service.setQuietHours(null, null);
    signIn.out();
    Instant now = Instant.now();
    assertThat(
            interruption.mayInterrupt(Severity.URGENT, hannah.email(), hannah.counselorId(), now))
        .isTrue();
    assertThat(interruption.mayInterrupt(Severity.URGENT, SignIn.DIRECTOR, null, now)).isTrue();
  }
}
