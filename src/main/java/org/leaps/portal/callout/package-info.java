/**
 * Callouts: a request for peer support at a critical incident, matched to privilege-eligible
 * counselors who can respond now, dispatched in tiers, accepted atomically, tracked against the
 * six-minute goal, purged of its places after a retention period, and reported without exposing
 * anyone. Logistics only: no narrative and no names are stored. Depends on availability, counselor
 * eligibility (through availability), geography, agency, alert (signed links), audit, security and
 * base.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Callouts")
package org.leaps.portal.callout;
