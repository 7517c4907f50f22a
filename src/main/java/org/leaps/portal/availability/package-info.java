/**
 * Counselor availability: status, weekly on-call schedule, date exceptions, quiet hours and the
 * "pick me" opt-in; who can respond now near a county; statewide coverage. Depends on counselor,
 * geography, security and base; answers the alerts' quiet-hours policy ({@link
 * org.leaps.portal.availability.QuietHours}) and records deployments in the audit trail. Nothing
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Availability")
package org.leaps.portal.availability;
