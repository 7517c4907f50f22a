package org.leaps.portal.availability;

import org.leaps.portal.security.PortalUser;
import org.leaps.portal.testsupport.SignIn;

/** Puts the demo counselor (Hannah Delacroix, Gulfport PD) into a known state for a test. */
final class DemoCounselor {

  private DemoCounselor() {}

  /** Signs in as the counselor, ends any deployment, sets this status; returns her principal. */
  static PortalUser withStatus(
      AvailabilityService service, SignIn signIn, AvailabilityStatus status) {
    PortalUser hannah = signIn.as(SignIn.COUNSELOR);
    if (service.mine().plan().status() == AvailabilityStatus.DEPLOYED) {
      signIn.as(SignIn.STAFF);
      service.clearDeployed(hannah.counselorId());
      signIn.as(SignIn.COUNSELOR);
    }
    service.setMyStatus(status, null);
    return hannah;
  }
}
