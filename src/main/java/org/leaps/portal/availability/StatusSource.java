package org.leaps.portal.availability;

/** Which rule produced an effective status. */
public enum StatusSource {
  /** The counselor (or, for Deployed, the director or staff) set it, and it has not run out. */
  SET,
  /** A date exception (vacation, training) suspends the weekly schedule. */
  EXCEPTION,
  /** Inside a weekly on-call window. */
  SCHEDULE,
  /** Nothing applies: not on call. */
  OFF_SCHEDULE
}
