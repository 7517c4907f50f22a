package org.leaps.portal.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A counselor on a callout shows deployed; when the deployment is cleared they return to exactly
 * the status they had set before, with its end, instead of losing it (issue 11).
 */
@PortalTest
class DeploymentRestoresStatusTest {

  @Autowired AvailabilityService service;
  @Autowired SignIn signIn;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void clearingADeploymentBringsBackAvailableUntilTenPm() {
    PortalUser hannah = DemoCounselor.notDeployed(service, signIn);
    Instant tenPm = Instant.now().plus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    service.setMyStatus(AvailabilityStatus.AVAILABLE, tenPm);

    signIn.as(SignIn.STAFF);
    service.markDeployed(hannah.counselorId(), null);
    assertThat(service.isDeployed(hannah.counselorId())).isTrue();
    signIn.as(SignIn.COUNSELOR);
    assertThat(service.mine().now().status()).isEqualTo(AvailabilityStatus.DEPLOYED);

    signIn.as(SignIn.STAFF);
    service.clearDeployed(hannah.counselorId());

    signIn.as(SignIn.COUNSELOR);
    var now = service.mine();
    assertThat(now.now().status()).isEqualTo(AvailabilityStatus.AVAILABLE);
    assertThat(now.now().source()).isEqualTo(StatusSource.SET);
    assertThat(now.plan().statusUntil()).isEqualTo(tenPm);
    service.followMySchedule();
  }

  @Test
  void aCounselorWhoFollowedTheScheduleFollowsItAgain() {
    PortalUser hannah = DemoCounselor.notDeployed(service, signIn);
    service.followMySchedule();
    signIn.as(SignIn.STAFF);
    service.markDeployed(hannah.counselorId(), null);
    service.clearDeployed(hannah.counselorId());
    signIn.as(SignIn.COUNSELOR);
    assertThat(service.mine().plan().status()).isNull();
  }
}
