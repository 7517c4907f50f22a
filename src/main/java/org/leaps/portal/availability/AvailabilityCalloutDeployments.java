package org.leaps.portal.availability;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CalloutDeployments} on the availability service's own rules. The roles are those of the
 * people whose callout actions deploy or release a counselor (a counselor accepts for themselves);
 * the callout service has checked the offer before. MANDATORY: a call that is not part of the
 * callout service's transaction fails instead of changing a status on its own.
 */
@Component
class AvailabilityCalloutDeployments implements CalloutDeployments {

  private final AvailabilityService availability;

  AvailabilityCalloutDeployments(AvailabilityService availability) {
    this.availability = availability;
  }

  @Override
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON', 'COUNSELOR')")
  @Transactional(propagation = Propagation.MANDATORY)
  public void deployOnCallout(Long counselorId) {
    availability.deployOnCallout(counselorId);
  }

  @Override
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON', 'COUNSELOR')")
  @Transactional(propagation = Propagation.MANDATORY)
  public void endCalloutDeployment(Long counselorId) {
    availability.endCalloutDeployment(counselorId);
  }
}
