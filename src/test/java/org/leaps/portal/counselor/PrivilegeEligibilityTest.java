package org.leaps.portal.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.security.SystemAccess;
import org.leaps.portal.testsupport.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The privilege-eligibility rule at its edges, saved as real records and read back through every
 * path that applies it: the entity, the placement other modules see (JPQL), and the statewide count
 * on the overview (JPQL). All must agree.
 */
@PortalTest
class PrivilegeEligibilityTest {

  @Autowired RosterFixtures fixtures;
  @Autowired CounselorService counselors;
  @Autowired CounselorPlacements placements;

  @AfterEach
  void nobodySignedIn() {
    org.springframework.security.core.context.SecurityContextHolder.clearContext();
  }

  private LocalDate today() {
    return counselors.today();
  }

  private Counselor saved(Consumer<Counselor> edge) {
    Counselor draft = fixtures.draft("GULFPORT-PD", RosterFixtures.unique("Edge"));
    edge.accept(draft);
    return SystemAccess.call(() -> counselors.create(draft));
  }

  private long eligibleStatewide() {
    return SystemAccess.call(() -> counselors.rosterFigures().privilegeEligible());
  }

  /** The entity, the placement and the statewide count agree on this counselor. */
  private boolean eligibleEverywhere(Counselor counselor, long countBefore) {
    boolean entity = counselor.isPrivilegeEligible(today());
    boolean placement =
        placements
            .activeOne(counselor.getId())
            .map(p -> p.privilegeEligible(today()))
            .orElse(false);
    long counted = eligibleStatewide() - countBefore;
    assertThat(placement).as("placement agrees with the entity").isEqualTo(entity);
    assertThat(counted).as("the statewide count agrees with the entity").isEqualTo(entity ? 1 : 0);
    return entity;
  }

  @Test
  void recertificationDueTodayStillCounts() {
    long before = eligibleStatewide();
    assertThat(eligibleEverywhere(saved(c -> c.setRecertificationDue(today())), before)).isTrue();
  }

  @Test
  void recertificationDueYesterdayHasLapsed() {
    long before = eligibleStatewide();
    assertThat(
            eligibleEverywhere(saved(c -> c.setRecertificationDue(today().minusDays(1))), before))
        .isFalse();
  }

  @Test
  void noRecertificationDateIsNotEligible() {
    long before = eligibleStatewide();
    assertThat(eligibleEverywhere(saved(c -> c.setRecertificationDue(null)), before)).isFalse();
  }

  @Test
  void missingDesignationIsNotEligible() {
    long before = eligibleStatewide();
    assertThat(eligibleEverywhere(saved(c -> c.setDesignationDate(null)), before)).isFalse();
  }

  @Test
  void missingCertifyingBodyOrBasicCourseIsNotEligible() {
    long before = eligibleStatewide();
    assertThat(eligibleEverywhere(saved(c -> c.setCertifyingBody(null)), before)).isFalse();
    before = eligibleStatewide();
    assertThat(eligibleEverywhere(saved(c -> c.setBasicCourseDate(null)), before)).isFalse();
  }

  @Test
  void aDeactivatedCounselorIsNotEligibleAndHasNoPlacement() {
    Counselor counselor = saved(c -> {});
    long before = eligibleStatewide();
    Counselor inactive =
        SystemAccess.call(() ->
            counselors.deactivate(
                counselor.getId(), counselor.getVersion(), CounselorStatus.RETIRED));
    assertThat(inactive.isPrivilegeEligible(today())).isFalse();
    assertThat(placements.activeOne(counselor.getId())).isEmpty();
    assertThat(eligibleStatewide()).isEqualTo(before - 1);
  }

  @Test
  void theRuleItself() {
    LocalDate today = LocalDate.of(2026, 11, 30);
    assertThat(PrivilegeEligibility.holds(true, today, today)).isTrue();
    assertThat(PrivilegeEligibility.holds(true, today.plusDays(1), today)).isTrue();
    assertThat(PrivilegeEligibility.holds(true, today.minusDays(1), today)).isFalse();
    assertThat(PrivilegeEligibility.holds(true, null, today)).isFalse();
    assertThat(PrivilegeEligibility.holds(false, today.plusYears(1), today)).isFalse();
    assertThat(PrivilegeEligibility.certified(today, CertifyingBody.STATE_BOARD_OF_HEALTH, today))
        .isTrue();
    assertThat(PrivilegeEligibility.certified(today, CertifyingBody.STATE_BOARD_OF_HEALTH, null))
        .isFalse();
    assertThat(PrivilegeEligibility.certified(null, CertifyingBody.STATE_BOARD_OF_HEALTH, today))
        .isFalse();
    assertThat(PrivilegeEligibility.certified(today, null, today)).isFalse();
  }
}
