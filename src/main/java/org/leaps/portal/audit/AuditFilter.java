package org.leaps.portal.audit;

import java.time.LocalDate;

/**
 * What the audit view asks for; every part is optional.
 *
 * @param subjectType "Counselor", "Agency" or "Roster"
 * @param actorOrSubject a prefix of the actor's name or the subject's label
 */
public record AuditFilter(
    AuditAction action,
    String subjectType,
    Long subjectId,
    String actorOrSubject,
    LocalDate from,
    LocalDate to) {

  public static AuditFilter all() {
    return new AuditFilter(null, null, null, null, null, null);
  }

  public static AuditFilter forSubject(String subjectType, Long subjectId) {
    return new AuditFilter(null, subjectType, subjectId, null, null, null);
  }
}
