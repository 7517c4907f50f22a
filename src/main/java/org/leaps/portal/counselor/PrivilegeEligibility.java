package org.leaps.portal.counselor;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;

/**
 * The one owner of the privilege-eligibility rule. Mississippi's peer support privilege needs an
 * active counselor who completed the basic course, is certified by a certifying body, was
 * designated by the agency, and whose recertification is due today or later. Java callers use
 * {@link #holds}; JPQL over the counselor entity (alias {@code c}) uses {@link #CERTIFIED_JPQL} and
 * {@link #ELIGIBLE_JPQL}, criteria queries {@link #criteria}; every other module asks through
 * {@link CounselorPlacement}.
 */
public final class PrivilegeEligibility {

  /** JPQL over alias {@code c}: basic course, certifying body and designation are on record. */
  static final String CERTIFIED_JPQL =
      "c.basicCourseDate is not null and c.certifyingBody is not null"
          + " and c.designationDate is not null";

  /** JPQL over alias {@code c} with the parameter {@code :today}: the whole rule. */
  static final String ELIGIBLE_JPQL =
      "c.status = org.leaps.portal.counselor.CounselorStatus.ACTIVE and "
          + CERTIFIED_JPQL
          + " and c.recertificationDue >= :today";

  private PrivilegeEligibility() {}

  /** The whole rule as a criteria predicate over a counselor path. */
  static Predicate criteria(CriteriaBuilder cb, Path<Counselor> c, LocalDate today) {
    return cb.and(
        cb.equal(c.get("status"), CounselorStatus.ACTIVE),
        cb.isNotNull(c.get("basicCourseDate")),
        cb.isNotNull(c.get("certifyingBody")),
        cb.isNotNull(c.get("designationDate")),
        cb.greaterThanOrEqualTo(c.<LocalDate>get("recertificationDue"), today));
  }

  /** Basic course, certifying body and designation are all on record. */
  static boolean certified(
      LocalDate basicCourseDate, CertifyingBody certifyingBody, LocalDate designationDate) {
    return basicCourseDate != null && certifyingBody != null && designationDate != null;
  }

  /**
   * The rule for an active counselor: certified, and recertification due today or later (a due date
   * of today still counts; yesterday does not; none on record never does).
   */
  public static boolean holds(boolean certified, LocalDate recertificationDue, LocalDate today) {
    return certified && recertificationDue != null && !recertificationDue.isBefore(today);
  }
}
