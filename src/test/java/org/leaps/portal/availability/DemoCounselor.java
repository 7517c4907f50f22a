package org.leaps.portal.availability;

import org.leaps.portal.security.PortalUser;
import org.leaps.portal.testsupport.SignIn;

/** Puts the demo counselor (Hannah Delacroix, Gulfport PD) into a known state for a test. */
public final class DemoCounselor {

  private DemoCounselor() {}

  /**
   * Signs in as the counselor and ends any deployment (as staff): a deployment left by an earlier
   * test would override every status she sets. Returns her principal, signed in.
   */
  public static PortalUser notDeployed(AvailabilityService service, SignIn signIn) {
    PortalUser hannah = signIn.as(SignIn.COUNSELOR);
    if (service.mine().plan().status() == AvailabilityStatus.DEPLOYED) {
      signIn.as(SignIn.STAFF);
      service.clearDeployed(hannah.counselorId());
      signIn.as(SignIn.COUNSELOR);
    }
    return hannah;
  }

  /** Signs in as the counselor, ends any deployment, sets this status; returns her principal. */
  public static PortalUser withStatus(
      AvailabilityService service, SignIn signIn, AvailabilityStatus status) {
    PortalUser hannah = notDeployed(service, signIn);
    service.setMyStatus(status, null);
    return hannah;
  }
}
