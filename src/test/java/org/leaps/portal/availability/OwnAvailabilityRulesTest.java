package org.leaps.portal.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A counselor changes only their own availability; only the director and staff mark a counselor
 * deployed; bad input is refused with the field's name and changes nothing.
 */
@PortalTest
class OwnAvailabilityRulesTest {

  @Autowired AvailabilityService service;
  @Autowired SignIn signIn;

  PortalUser hannah;

  @BeforeEach
  void reset() {
    hannah = DemoCounselor.withStatus(service, signIn, AvailabilityStatus.UNAVAILABLE);
  }

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void aCounselorSetsTheirOwnStatusWithAnEnd() {
    Instant until = Instant.now().plus(Duration.ofHours(2)).plusMillis(1);
    var mine = service.setMyStatus(AvailabilityStatus.AVAILABLE, until);
    assertThat(mine.counselorId()).isEqualTo(hannah.counselorId());
    assertThat(mine.now().status()).isEqualTo(AvailabilityStatus.AVAILABLE);
    assertThat(mine.now().source()).isEqualTo(StatusSource.SET);
    // Stored to the second: the database keeps what a person can mean by "until".
    assertThat(service.mine().plan().statusUntil())
        .isEqualTo(until.truncatedTo(ChronoUnit.SECONDS));
    var back = service.followMySchedule();
    assertThat(back.plan().status()).isNull();
    assertThat(back.now().source()).isNotEqualTo(StatusSource.SET);
  }

  @Test
  void anUntilInThePastIsRefusedAndNothingChanges() {
    assertThatThrownBy(() ->
            service.setMyStatus(
                AvailabilityStatus.AVAILABLE, Instant.now().minus(Duration.ofMinutes(5))))
        .isInstanceOf(AvailabilityInputException.class)
        .hasMessage("Until: must be in the future");
    assertThat(service.mine().now().status()).isEqualTo(AvailabilityStatus.UNAVAILABLE);
  }

  @Test
  void aCounselorCannotMarkThemselvesOrAnyoneDeployed() {
    assertThatThrownBy(() -> service.setMyStatus(AvailabilityStatus.DEPLOYED, null))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.markDeployed(hannah.counselorId(), null))
        .isInstanceOf(AccessDeniedException.class);
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThatThrownBy(() -> service.markDeployed(hannah.counselorId(), null))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void peopleWithoutACounselorRecordCannotUseTheCounselorScreenMethods() {
    signIn.as(SignIn.DIRECTOR);
    assertThatThrownBy(() -> service.mine()).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.setMyStatus(AvailabilityStatus.AVAILABLE, null))
        .isInstanceOf(AccessDeniedException.class);
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThatThrownBy(() -> service.setPickMe(true)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void staffMarkAndClearADeploymentWhichTheCounselorCannotOverride() {
    signIn.as(SignIn.STAFF);
    service.markDeployed(hannah.counselorId(), Instant.now().plus(Duration.ofHours(3)));
    assertThat(service.deployments())
        .extracting(AvailabilityService.Deployment::name)
        .contains("Hannah Delacroix");

    signIn.as(SignIn.COUNSELOR);
    assertThat(service.mine().now().status()).isEqualTo(AvailabilityStatus.DEPLOYED);
    assertThatThrownBy(() -> service.setMyStatus(AvailabilityStatus.AVAILABLE, null))
        .hasMessageStartingWith("Status: you are marked deployed");
    assertThatThrownBy(() -> service.followMySchedule())
        .hasMessageStartingWith("Status: you are marked deployed");
    // Other settings stay hers to change while deployed.
    assertThat(service.setPickMe(true).plan().pickMe()).isTrue();

    signIn.as(SignIn.DIRECTOR);
    service.clearDeployed(hannah.counselorId());
    assertThat(service.deployments())
        .extracting(AvailabilityService.Deployment::counselorId)
        .doesNotContain(hannah.counselorId());
    signIn.as(SignIn.COUNSELOR);
    assertThat(service.setMyStatus(AvailabilityStatus.AVAILABLE, null).now().status())
        .isEqualTo(AvailabilityStatus.AVAILABLE);
  }

  @Test
  void deployingAnUnknownCounselorNamesTheField() {
    signIn.as(SignIn.DIRECTOR);
    assertThatThrownBy(() -> service.markDeployed(-42L, null))
        .hasMessage("Counselor: no active counselor with this id");
    assertThatThrownBy(() -> service.clearDeployed(-42L))
        .hasMessage("Counselor: is not marked deployed");
  }

  @Test
  void scheduleExceptionsAndQuietHoursAreValidatedByField() {
    assertThatThrownBy(() -> service.addWindows(Set.of(), LocalTime.of(18, 0), LocalTime.of(6, 0)))
        .hasMessage("Days: choose at least one day");
    assertThatThrownBy(() ->
            service.addWindows(Set.of(DayOfWeek.MONDAY), LocalTime.of(18, 0), LocalTime.of(18, 0)))
        .hasMessage("To: must differ from From");
    assertThatThrownBy(() -> service.addWindows(Set.of(DayOfWeek.MONDAY), null, LocalTime.NOON))
        .hasMessage("From: enter a start time");
    LocalDate today = LocalDate.now(AvailabilityService.ZONE);
    assertThatThrownBy(() ->
            service.addException(ExceptionKind.VACATION, today.plusDays(3), today.plusDays(1)))
        .hasMessage("To date: must be on or after From date");
    assertThatThrownBy(() ->
            service.addException(ExceptionKind.TRAINING, today.minusDays(9), today.minusDays(8)))
        .hasMessage("To date: is in the past");
    assertThatThrownBy(() -> service.setQuietHours(LocalTime.of(22, 0), null))
        .hasMessage("Quiet to: enter both times, or clear both");
  }

  @Test
  void scheduleAndExceptionsAreSavedAndRemoved() {
    service.addWindows(
        Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), LocalTime.of(20, 0), LocalTime.of(4, 0));
    var friday = new WeeklyWindow(DayOfWeek.FRIDAY, LocalTime.of(20, 0), LocalTime.of(4, 0));
    assertThat(service.mine().plan().windows()).contains(friday);
    service.removeWindow(friday);
    assertThat(service.mine().plan().windows()).doesNotContain(friday);

    // Other tests give the shared demo counselor away dates too: this one is told apart by both
    // days.
    LocalDate from = LocalDate.now(AvailabilityService.ZONE).plusDays(47);
    var mine = service.addException(ExceptionKind.TRAINING, from, from.plusDays(2));
    DateException added =
        mine.plan().exceptions().stream()
            .filter(e -> e.getKind() == ExceptionKind.TRAINING)
            .filter(e -> e.firstDay(AvailabilityService.ZONE).equals(from))
            .filter(e -> e.lastDay(AvailabilityService.ZONE).equals(from.plusDays(2)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the training days were not saved as entered"));
    service.removeException(added);
    assertThat(service.mine().plan().exceptions()).doesNotContain(added);

    service.setQuietHours(LocalTime.of(22, 0), LocalTime.of(6, 0));
    assertThat(service.mine().plan().quietStart()).isEqualTo(LocalTime.of(22, 0));
    service.setQuietHours(null, null);
    assertThat(service.mine().plan().quietStart()).isNull();
  }
}
