package org.leaps.portal.availability;

/**
 * Deployment on a callout, for the callout module only: it calls these inside its own transaction,
 * after it has checked that the offer was made to this counselor and accepted, or who may end it.
 * Not for screens: the implementation refuses to run outside a caller's transaction, and {@code
 * CalloutDeploymentsTest} fails if any module other than callout uses this type.
 */
public interface CalloutDeployments {

  /** Deployed until the callout ends for them, keeping their own status underneath. */
  void deployOnCallout(Long counselorId);

  /** Their last callout ended for them: exactly their own status comes back. */
  void endCalloutDeployment(Long counselorId);
}
