package org.leaps.portal.counselor;

import java.time.Instant;
import java.util.Map;

/**
 * Someone else saved this counselor after the form was opened. Carries the record as it is now, so
 * the person can see the other changes and reload; nothing was written.
 *
 * @param changedBy who saved last, if the audit trail knows
 */
public class CounselorConflictException extends RuntimeException {

  private final transient Counselor current;
  private final String changedBy;
  private final Instant changedAt;

  public CounselorConflictException(Counselor current, String changedBy, Instant changedAt) {
    super("Counselor " + current.getId() + " was changed by someone else");
    this.current = current;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public Counselor current() {
    return current;
  }

  public Map<String, String> currentValues() {
    return current.auditValues();
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
