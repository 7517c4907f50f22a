package org.leaps.portal.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.leaps.portal.LeapsPortalApplication;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.CounselorStatus;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two portal nodes on one MariaDB: this test's context is node 1, a second full application context
 * is node 2. What a person changes on node 1 (a counselor's status, a roster edit, a deactivation,
 * an agency rename) reaches node 2's "who can respond now", its coverage map and its open screens
 * within a second, through the cluster event relay; and a node that was stopped catches up when it
 * starts again.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AvailabilityCrossNodeTest {

  private static final Duration WITHIN = Duration.ofSeconds(1);

  @Autowired AvailabilityService node1Availability;
  @Autowired CounselorService node1Counselors;
  @Autowired AgencyService node1Agencies;
  @Autowired GeographyService geography;
  @Autowired SignIn signIn;

  private ConfigurableApplicationContext node2;
  private AvailabilityService node2Availability;
  private SignIn node2SignIn;
  private final List<AvailabilityChanged> node2Pushes = new CopyOnWriteArrayList<>();

  private PortalUser hannah;
  private String hannahCounty;

  @BeforeAll
  void startNodeTwo() {
    node2 =
        new SpringApplicationBuilder(LeapsPortalApplication.class)
            .profiles("test")
            .properties("spring.main.banner-mode=off")
            // An argument, not a default property, so it wins over application.properties.
            .run("--server.port=0");
    node2Availability = node2.getBean(AvailabilityService.class);
    node2SignIn = node2.getBean(SignIn.class);
    node2.getBean(AvailabilityIndex.class).addListener(node2Pushes::add);
  }

  @AfterAll
  void stopNodeTwo() {
    if (node2 != null) {
      node2.close();
    }
  }

  @BeforeEach
  void hannahIsUnavailableOnBothNodes() {
    hannah = DemoCounselor.withStatus(node1Availability, signIn, AvailabilityStatus.UNAVAILABLE);
    signIn.as(SignIn.DIRECTOR);
    hannahCounty =
        node1Counselors.findInScope(hannah.counselorId()).orElseThrow().getHomeCounty().getFips();
    awaitOnNode2(() -> respondingOnNode2(hannahCounty) == null);
    node2Pushes.clear();
  }

  @AfterEach
  void signOut() {
    signIn.as(SignIn.DIRECTOR);
    var record = node1Counselors.findInScope(hannah.counselorId()).orElseThrow();
    if (record.getStatus() != CounselorStatus.ACTIVE) {
      node1Counselors.reactivate(record.getId(), record.getVersion());
    }
    signIn.out();
  }

  /** Hannah as node 2's director sees her in "who can respond now" near a county, or null. */
  private Responder respondingOnNode2(String countyFips) {
    node2SignIn.as(SignIn.DIRECTOR);
    try {
      return node2Availability.responders(countyFips, 0, 10_000).stream()
          .filter(r -> r.counselorId().equals(hannah.counselorId()))
          .findFirst()
          .orElse(null);
    } finally {
      node2SignIn.out();
      signIn.as(SignIn.DIRECTOR);
    }
  }

  private int coverageOnNode2(String countyFips) {
    node2SignIn.as(SignIn.DIRECTOR);
    try {
      return node2Availability.coverage().stream()
          .filter(c -> c.fips().equals(countyFips))
          .findFirst()
          .orElseThrow()
          .eligibleResponders();
    } finally {
      node2SignIn.out();
      signIn.as(SignIn.DIRECTOR);
    }
  }

  private boolean node2WasTold(Long counselorId) {
    return node2Pushes.stream()
        .anyMatch(p -> p.counselorId() == null || p.counselorId().equals(counselorId));
  }

  /** Waits at most a second; returns how long it took, in milliseconds. */
  private long awaitOnNode2(BooleanSupplier condition) {
    long started = System.nanoTime();
    await().atMost(WITHIN).pollInterval(Duration.ofMillis(20)).until(condition::getAsBoolean);
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("Node 2 showed it after " + millis + " ms");
    return millis;
  }

  private void hannahSets(AvailabilityStatus status) {
    signIn.as(SignIn.COUNSELOR);
    node1Availability.setMyStatus(status, null);
    signIn.as(SignIn.DIRECTOR);
  }

  @Test
  void aStatusChangeOnNodeOneShowsOnNodeTwoWithinASecond() {
    int coverageBefore = coverageOnNode2(hannahCounty);

    hannahSets(AvailabilityStatus.AVAILABLE);

    awaitOnNode2(() -> respondingOnNode2(hannahCounty) != null);
    Responder onNode2 = respondingOnNode2(hannahCounty);
    assertThat(onNode2.status()).isEqualTo(AvailabilityStatus.AVAILABLE);
    assertThat(onNode2.distanceKm()).isZero();
    assertThat(coverageOnNode2(hannahCounty)).isEqualTo(coverageBefore + 1);
    assertThat(node2WasTold(hannah.counselorId())).as("node 2's open screens refresh").isTrue();
  }

  @Test
  void aRosterEditOnNodeOneShowsOnNodeTwoWithinASecond() {
    hannahSets(AvailabilityStatus.AVAILABLE);
    awaitOnNode2(() -> respondingOnNode2(hannahCounty) != null);
    County elsewhere =
        geography.counties().stream()
            .filter(c -> !c.getFips().equals(hannahCounty))
            .findFirst()
            .orElseThrow();
    Counselor record = node1Counselors.findInScope(hannah.counselorId()).orElseThrow();
    County home = record.getHomeCounty();
    try {
      record.setHomeCounty(elsewhere);
      node1Counselors.update(record);

      awaitOnNode2(() -> {
        Responder r = respondingOnNode2(elsewhere.getFips());
        return r != null && r.distanceKm() == 0;
      });
      assertThat(respondingOnNode2(hannahCounty).distanceKm()).isPositive();
    } finally {
      Counselor again = node1Counselors.findInScope(hannah.counselorId()).orElseThrow();
      again.setHomeCounty(home);
      node1Counselors.update(again);
    }
    awaitOnNode2(() -> respondingOnNode2(hannahCounty).distanceKm() == 0);
  }

  @Test
  void aDeactivationOnNodeOneTakesTheCounselorOffNodeTwoWithinASecond() {
    hannahSets(AvailabilityStatus.AVAILABLE);
    awaitOnNode2(() -> respondingOnNode2(hannahCounty) != null);
    int coverageBefore = coverageOnNode2(hannahCounty);

    Counselor record = node1Counselors.findInScope(hannah.counselorId()).orElseThrow();
    node1Counselors.deactivate(record.getId(), record.getVersion(), CounselorStatus.INACTIVE);

    awaitOnNode2(() -> respondingOnNode2(hannahCounty) == null);
    assertThat(coverageOnNode2(hannahCounty)).isEqualTo(coverageBefore - 1);

    Counselor inactive = node1Counselors.findInScope(hannah.counselorId()).orElseThrow();
    node1Counselors.reactivate(inactive.getId(), inactive.getVersion());
    awaitOnNode2(() -> respondingOnNode2(hannahCounty) != null);
  }

  @Test
  void anAgencyRenameOnNodeOneRefreshesNodeTwosScreensWithinASecond() {
    hannahSets(AvailabilityStatus.AVAILABLE);
    awaitOnNode2(() -> respondingOnNode2(hannahCounty) != null);
    Agency gulfport = node1Agencies.findByCodeInScope("GULFPORT-PD").orElseThrow();
    String name = gulfport.getName();
    node2Pushes.clear();
    try {
      gulfport.setName(name + " (renamed)");
      node1Agencies.update(gulfport);

      awaitOnNode2(() -> node2WasTold(hannah.counselorId()));
      assertThat(respondingOnNode2(hannahCounty).agencyName()).isEqualTo(name + " (renamed)");
    } finally {
      Agency again = node1Agencies.findByCodeInScope("GULFPORT-PD").orElseThrow();
      again.setName(name);
      node1Agencies.update(again);
    }
  }

  @Test
  void aNodeThatWasStoppedCatchesUpWhenItStartsAgain() {
    node2.stop();
    try {
      hannahSets(AvailabilityStatus.AVAILABLE);
      // Stopped, node 2 reads nothing: its index still has Hannah unavailable.
      await()
          .during(Duration.ofMillis(600))
          .atMost(Duration.ofSeconds(2))
          .until(() -> respondingOnNode2(hannahCounty) == null);
      assertThat(node2Pushes).isEmpty();
    } finally {
      node2.start();
    }
    awaitOnNode2(() -> respondingOnNode2(hannahCounty) != null);
    assertThat(node2WasTold(hannah.counselorId())).isTrue();
  }
}
