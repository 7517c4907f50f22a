package org.leaps.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyType;
import org.leaps.portal.counselor.CertifyingBody;
import org.leaps.portal.counselor.Counselor;

/** The derivation rule and the expiry windows around their date edges. */
class RecertificationRuleTest {

  private static final LocalDate BASIC = LocalDate.of(2024, 3, 15);

  private static RecertificationRule.Entry basic(LocalDate on) {
    return new RecertificationRule.Entry(HoursKind.BASIC_COURSE, 32, on, null);
  }

  private static RecertificationRule.Entry ce(int hours, LocalDate on) {
    return new RecertificationRule.Entry(HoursKind.CONTINUING_EDUCATION, hours, on, null);
  }

  @Test
  void theBasicCourseCertifiesForTwoYears() {
    var facts = RecertificationRule.derive(List.of(basic(BASIC)));
    assertThat(facts.basicCourseDate()).isEqualTo(BASIC);
    assertThat(facts.recertificationDue()).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(facts.continuingEducationHours()).isZero();
  }

  @Test
  void twelveHoursOnTheDueDateRenewFromTheDueDate() {
    LocalDate due = BASIC.plusYears(2);
    var facts =
        RecertificationRule.derive(List.of(basic(BASIC), ce(6, due.minusMonths(6)), ce(6, due)));
    assertThat(facts.recertificationDue()).isEqualTo(due.plusYears(2));
    assertThat(facts.continuingEducationHours()).isEqualTo(12);
    assertThat(facts.hoursTowardRenewal()).isZero();
  }

  @Test
  void twelveHoursOneDayLateRenewFromThatDay() {
    LocalDate due = BASIC.plusYears(2);
    var facts = RecertificationRule.derive(List.of(basic(BASIC), ce(12, due.plusDays(1))));
    assertThat(facts.recertificationDue()).isEqualTo(due.plusDays(1).plusYears(2));
  }

  @Test
  void elevenHoursRenewNothingAndCountTowardTheNext() {
    var facts = RecertificationRule.derive(List.of(ce(11, BASIC.plusMonths(1)), basic(BASIC)));
    assertThat(facts.recertificationDue()).isEqualTo(BASIC.plusYears(2));
    assertThat(facts.hoursTowardRenewal()).isEqualTo(11);
  }

  @Test
  void hoursBeforeTheBasicCourseCountInTheTotalButRenewNothing() {
    var facts = RecertificationRule.derive(List.of(ce(20, BASIC.minusDays(1)), basic(BASIC)));
    assertThat(facts.continuingEducationHours()).isEqualTo(20);
    assertThat(facts.recertificationDue()).isEqualTo(BASIC.plusYears(2));
    assertThat(facts.hoursTowardRenewal()).isZero();
  }

  @Test
  void factsCarriedOverFromAHandKeptRecordAreTheStartingPoint() {
    LocalDate carriedDue = LocalDate.of(2027, 1, 31);
    var carried = new RecertificationRule.Entry(HoursKind.CARRIED_OVER, 40, BASIC, carriedDue);
    var facts = RecertificationRule.derive(List.of(carried, ce(12, LocalDate.of(2026, 6, 1))));
    assertThat(facts.basicCourseDate()).isEqualTo(BASIC);
    assertThat(facts.continuingEducationHours()).isEqualTo(52);
    assertThat(facts.recertificationDue()).isEqualTo(carriedDue.plusYears(2));
  }

  @Test
  void windowsDoNotOverlapAroundTheirEdges() {
    LocalDate today = LocalDate.of(2026, 11, 30);
    assertThat(CurrencyWindow.of(today.minusDays(1), today)).isEqualTo(CurrencyWindow.LAPSED);
    assertThat(CurrencyWindow.of(today, today)).isEqualTo(CurrencyWindow.WITHIN_30_DAYS);
    assertThat(CurrencyWindow.of(today.plusDays(30), today))
        .isEqualTo(CurrencyWindow.WITHIN_30_DAYS);
    assertThat(CurrencyWindow.of(today.plusDays(31), today))
        .isEqualTo(CurrencyWindow.WITHIN_60_DAYS);
    assertThat(CurrencyWindow.of(today.plusDays(60), today))
        .isEqualTo(CurrencyWindow.WITHIN_60_DAYS);
    assertThat(CurrencyWindow.of(today.plusDays(61), today))
        .isEqualTo(CurrencyWindow.WITHIN_90_DAYS);
    assertThat(CurrencyWindow.of(today.plusDays(90), today))
        .isEqualTo(CurrencyWindow.WITHIN_90_DAYS);
    assertThat(CurrencyWindow.of(today.plusDays(91), today)).isEqualTo(CurrencyWindow.CURRENT);
  }

  /** "Lapsed" here and "not privilege-eligible" in the counselor module switch on the same day. */
  @Test
  void lapsedAgreesWithTheCounselorModulesEligibilityOnTheEdge() {
    LocalDate today = LocalDate.of(2026, 11, 30);
    var agency = new Agency("EDGE", "Edge PD", AgencyType.POLICE_DEPARTMENT, null);
    var c = new Counselor("Edge", "Case", agency, null, "edge@t.invalid");
    c.setBasicCourseDate(today.minusYears(2));
    c.setCertifyingBody(CertifyingBody.STATE_BOARD_OF_HEALTH);
    c.setDesignationDate(today.minusYears(2));
    for (int offset = -2; offset <= 2; offset++) {
      LocalDate due = today.plusDays(offset);
      c.setRecertificationDue(due);
      assertThat(CurrencyWindow.of(due, today) == CurrencyWindow.LAPSED)
          .as("due %s", due)
          .isEqualTo(!c.isPrivilegeEligible(today));
    }
  }

  @Test
  void aReminderGoesAtTheSmallestThresholdReached() {
    var settings = new TrainingSettings(List.of(30, 90), null);
    assertThat(settings.reminderLeadDays()).containsExactly(90, 30);
    assertThat(settings.thresholdFor(91)).isNull();
    assertThat(settings.thresholdFor(90)).isEqualTo(90);
    assertThat(settings.thresholdFor(31)).isEqualTo(90);
    assertThat(settings.thresholdFor(30)).isEqualTo(30);
    assertThat(settings.thresholdFor(0)).isEqualTo(30);
  }
}
