package org.leaps.portal.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The effective-status rule, in Central time, across daylight-saving switches and midnights. */
class AvailabilityPlanTest {

  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  static AvailabilityPlan schedule(WeeklyWindow... windows) {
    return new AvailabilityPlan(null, null, List.of(windows), List.of(), null, null, false);
  }

  static EffectiveStatus at(AvailabilityPlan plan, String utc) {
    return plan.at(Instant.parse(utc), CHICAGO);
  }

  static WeeklyWindow window(DayOfWeek day, String from, String to) {
    return new WeeklyWindow(day, LocalTime.parse(from), LocalTime.parse(to));
  }

  @Nested
  class OvernightWindows {

    // Mon–Thu 18:00–06:00, the example.
    final AvailabilityPlan weeknights =
        schedule(
            window(DayOfWeek.MONDAY, "18:00", "06:00"),
            window(DayOfWeek.TUESDAY, "18:00", "06:00"),
            window(DayOfWeek.WEDNESDAY, "18:00", "06:00"),
            window(DayOfWeek.THURSDAY, "18:00", "06:00"));

    @Test
    void thursdayNightRunsIntoFridayMorning() {
      // Friday 2026-06-12 05:59 CDT = 10:59Z; 06:00 CDT = 11:00Z.
      EffectiveStatus early = at(weeknights, "2026-06-12T10:59:00Z");
      assertThat(early.status()).isEqualTo(AvailabilityStatus.ON_CALL);
      assertThat(early.source()).isEqualTo(StatusSource.SCHEDULE);
      assertThat(early.until()).isEqualTo(Instant.parse("2026-06-12T11:00:00Z"));
      assertThat(at(weeknights, "2026-06-12T11:00:00Z").status())
          .isEqualTo(AvailabilityStatus.UNAVAILABLE);
    }

    @Test
    void mondayMorningIsNotCoveredBecauseSundayHasNoWindow() {
      // Monday 2026-06-08 05:00 CDT = 10:00Z.
      assertThat(at(weeknights, "2026-06-08T10:00:00Z").source())
          .isEqualTo(StatusSource.OFF_SCHEDULE);
      // Tuesday 05:00 CDT is covered by Monday's window.
      assertThat(at(weeknights, "2026-06-09T10:00:00Z").status())
          .isEqualTo(AvailabilityStatus.ON_CALL);
    }

    @Test
    void windowStartsAtItsStartMinute() {
      // Monday 2026-06-08 17:59 and 18:00 CDT.
      assertThat(at(weeknights, "2026-06-08T22:59:00Z").status())
          .isEqualTo(AvailabilityStatus.UNAVAILABLE);
      assertThat(at(weeknights, "2026-06-08T23:00:00Z").status())
          .isEqualTo(AvailabilityStatus.ON_CALL);
    }

    @Test
    void sundayNightWrapsIntoMondayAcrossTheWeekBoundary() {
      var sunday = schedule(window(DayOfWeek.SUNDAY, "22:00", "02:00"));
      // Monday 2026-06-08 01:30 CDT = 06:30Z.
      assertThat(at(sunday, "2026-06-08T06:30:00Z").status()).isEqualTo(AvailabilityStatus.ON_CALL);
      assertThat(at(sunday, "2026-06-08T07:00:00Z").status())
          .isEqualTo(AvailabilityStatus.UNAVAILABLE);
    }

    @Test
    void equalStartAndEndIsRefused() {
      assertThatThrownBy(() -> window(DayOfWeek.MONDAY, "18:00", "18:00"))
          .hasMessageContaining("From and To must differ");
    }
  }

  @Nested
  class SpringForward20260308 {

    // Saturday 22:00 to Sunday 06:00, across the 02:00 -> 03:00 jump on Sunday 2026-03-08.
    final AvailabilityPlan saturdayNight = schedule(window(DayOfWeek.SATURDAY, "22:00", "06:00"));

    @Test
    void onCallBeforeAndAfterTheJump() {
      assertThat(at(saturdayNight, "2026-03-08T07:59:00Z").status()) // 01:59 CST
          .isEqualTo(AvailabilityStatus.ON_CALL);
      assertThat(at(saturdayNight, "2026-03-08T08:00:00Z").status()) // 03:00 CDT
          .isEqualTo(AvailabilityStatus.ON_CALL);
      assertThat(at(saturdayNight, "2026-03-08T10:59:00Z").status()) // 05:59 CDT
          .isEqualTo(AvailabilityStatus.ON_CALL);
      assertThat(at(saturdayNight, "2026-03-08T11:00:00Z").status()) // 06:00 CDT
          .isEqualTo(AvailabilityStatus.UNAVAILABLE);
    }

    @Test
    void theWindowEndsAtSixWallClockSoItLastsSevenHours() {
      Instant start = Instant.parse("2026-03-08T04:00:00Z"); // Saturday 22:00 CST
      EffectiveStatus first = saturdayNight.at(start, CHICAGO);
      assertThat(first.status()).isEqualTo(AvailabilityStatus.ON_CALL);
      assertThat(first.until()).isEqualTo(Instant.parse("2026-03-08T11:00:00Z"));
      assertThat(Duration.between(start, first.until())).isEqualTo(Duration.ofHours(7));
      assertThat(saturdayNight.at(start.minusSeconds(60), CHICAGO).status())
          .isEqualTo(AvailabilityStatus.UNAVAILABLE);
    }

    @Test
    void aWindowStartingInsideTheMissingHourBeginsAtThreeOClock() {
      var early = schedule(window(DayOfWeek.SUNDAY, "02:30", "04:00"));
      assertThat(at(early, "2026-03-08T07:59:00Z").status()) // 01:59 CST
          .isEqualTo(AvailabilityStatus.UNAVAILABLE);
      EffectiveStatus three = at(early, "2026-03-08T08:00:00Z"); // 03:00 CDT
      assertThat(three.status()).isEqualTo(AvailabilityStatus.ON_CALL);
      assertThat(three.until()).isEqualTo(Instant.parse("2026-03-08T09:00:00Z")); // 04:00 CDT
    }

    @Test
    void aVacationDayIsTwentyThreeHoursLong() {
      var day =
          DateException.days(
              ExceptionKind.VACATION, date("2026-03-08"), date("2026-03-08"), CHICAGO);
      assertThat(day.getStartsAt()).isEqualTo(Instant.parse("2026-03-08T06:00:00Z"));
      assertThat(day.getEndsAt()).isEqualTo(Instant.parse("2026-03-09T05:00:00Z"));
      assertThat(day.firstDay(CHICAGO)).isEqualTo(date("2026-03-08"));
      assertThat(day.lastDay(CHICAGO)).isEqualTo(date("2026-03-08"));
    }
  }

  @Nested
  class FallBack20261101 {

    final AvailabilityPlan saturdayNight = schedule(window(DayOfWeek.SATURDAY, "22:00", "06:00"));

    @Test
    void onCallThroughBothOneThirties() {
      assertThat(at(saturdayNight, "2026-11-01T06:30:00Z").status()) // 01:30 CDT
          .isEqualTo(AvailabilityStatus.ON_CALL);
      assertThat(at(saturdayNight, "2026-11-01T07:30:00Z").status()) // 01:30 CST
          .isEqualTo(AvailabilityStatus.ON_CALL);
      assertThat(at(saturdayNight, "2026-11-01T11:59:00Z").status()) // 05:59 CST
          .isEqualTo(AvailabilityStatus.ON_CALL);
      assertThat(at(saturdayNight, "2026-11-01T12:00:00Z").status()) // 06:00 CST
          .isEqualTo(AvailabilityStatus.UNAVAILABLE);
    }

    @Test
    void theWindowEndsAtSixWallClockSoItLastsNineHours() {
      Instant start = Instant.parse("2026-11-01T03:00:00Z"); // Saturday 22:00 CDT
      EffectiveStatus first = saturdayNight.at(start, CHICAGO);
      assertThat(first.until()).isEqualTo(Instant.parse("2026-11-01T12:00:00Z"));
      assertThat(Duration.between(start, first.until())).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void aVacationDayIsTwentyFiveHoursLong() {
      var day =
          DateException.days(
              ExceptionKind.TRAINING, date("2026-11-01"), date("2026-11-01"), CHICAGO);
      assertThat(Duration.between(day.getStartsAt(), day.getEndsAt()))
          .isEqualTo(Duration.ofHours(25));
      assertThat(day.covers(Instant.parse("2026-11-02T05:59:00Z"))).isTrue(); // 23:59 CST
      assertThat(day.covers(Instant.parse("2026-11-02T06:00:00Z"))).isFalse(); // next midnight
    }
  }

  @Nested
  class Precedence {

    final WeeklyWindow allDayMonday = window(DayOfWeek.MONDAY, "00:00", "23:59");
    final Instant mondayNoon = Instant.parse("2026-06-08T17:00:00Z");

    @Test
    void aSetStatusWinsWhileItsUntilIsInTheFuture() {
      var plan =
          new AvailabilityPlan(
              AvailabilityStatus.UNAVAILABLE,
              mondayNoon.plusSeconds(1),
              List.of(allDayMonday),
              List.of(),
              null,
              null,
              false);
      EffectiveStatus now = plan.at(mondayNoon, CHICAGO);
      assertThat(now.status()).isEqualTo(AvailabilityStatus.UNAVAILABLE);
      assertThat(now.source()).isEqualTo(StatusSource.SET);
      assertThat(now.until()).isEqualTo(mondayNoon.plusSeconds(1));
    }

    @Test
    void aStatusWhoseUntilHasPassedIsNeverCurrent() {
      for (Instant until :
          List.of(mondayNoon, mondayNoon.minusSeconds(1), mondayNoon.minusSeconds(86_400))) {
        var plan =
            new AvailabilityPlan(
                AvailabilityStatus.AVAILABLE, until, List.of(), List.of(), null, null, false);
        assertThat(plan.at(mondayNoon, CHICAGO).status())
            .as("until %s", until)
            .isEqualTo(AvailabilityStatus.UNAVAILABLE);
        assertThat(plan.at(mondayNoon, CHICAGO).source()).isEqualTo(StatusSource.OFF_SCHEDULE);
      }
    }

    @Test
    void anExpiredStatusFallsBackToTheSchedule() {
      var plan =
          new AvailabilityPlan(
              AvailabilityStatus.UNAVAILABLE,
              mondayNoon.minusSeconds(60),
              List.of(allDayMonday),
              List.of(),
              null,
              null,
              false);
      assertThat(plan.at(mondayNoon, CHICAGO).status()).isEqualTo(AvailabilityStatus.ON_CALL);
    }

    @Test
    void aStatusWithoutUntilStaysUntilChanged() {
      var plan =
          new AvailabilityPlan(
              AvailabilityStatus.AVAILABLE, null, List.of(), List.of(), null, null, false);
      assertThat(plan.at(Instant.parse("2030-01-01T00:00:00Z"), CHICAGO).status())
          .isEqualTo(AvailabilityStatus.AVAILABLE);
    }

    @Test
    void anExceptionSuspendsTheSchedule() {
      var vacation =
          DateException.days(
              ExceptionKind.VACATION, date("2026-06-08"), date("2026-06-10"), CHICAGO);
      var plan =
          new AvailabilityPlan(
              null, null, List.of(allDayMonday), List.of(vacation), null, null, false);
      EffectiveStatus now = plan.at(mondayNoon, CHICAGO);
      assertThat(now.status()).isEqualTo(AvailabilityStatus.UNAVAILABLE);
      assertThat(now.source()).isEqualTo(StatusSource.EXCEPTION);
      assertThat(now.until()).isEqualTo(Instant.parse("2026-06-11T05:00:00Z"));
      // The next Monday the schedule applies again.
      assertThat(plan.at(mondayNoon.plus(Duration.ofDays(7)), CHICAGO).status())
          .isEqualTo(AvailabilityStatus.ON_CALL);
    }

    @Test
    void aSetStatusWinsOverAnException() {
      var vacation =
          DateException.days(
              ExceptionKind.VACATION, date("2026-06-08"), date("2026-06-08"), CHICAGO);
      var plan =
          new AvailabilityPlan(
              AvailabilityStatus.AVAILABLE, null, List.of(), List.of(vacation), null, null, false);
      assertThat(plan.at(mondayNoon, CHICAGO).status()).isEqualTo(AvailabilityStatus.AVAILABLE);
    }

    @Test
    void toDateBeforeFromDateIsRefused() {
      assertThatThrownBy(() ->
              DateException.days(
                  ExceptionKind.VACATION, date("2026-06-10"), date("2026-06-08"), CHICAGO))
          .hasMessageContaining("To date must be on or after From date");
    }
  }

  @Test
  void quietHoursMayRunOvernightAndNeverChangeTheStatus() {
    var plan =
        new AvailabilityPlan(
            AvailabilityStatus.AVAILABLE,
            null,
            List.of(),
            List.of(),
            LocalTime.of(22, 0),
            LocalTime.of(6, 0),
            false);
    assertThat(plan.inQuietHours(LocalTime.of(23, 0))).isTrue();
    assertThat(plan.inQuietHours(LocalTime.of(5, 59))).isTrue();
    assertThat(plan.inQuietHours(LocalTime.of(6, 0))).isFalse();
    assertThat(plan.inQuietHours(LocalTime.of(12, 0))).isFalse();
    assertThat(plan.at(Instant.parse("2026-06-08T04:00:00Z"), CHICAGO).status())
        .isEqualTo(AvailabilityStatus.AVAILABLE);
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
