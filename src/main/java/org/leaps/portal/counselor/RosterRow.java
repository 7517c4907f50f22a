package org.leaps.portal.counselor;

import java.time.LocalDate;

/**
 * One line of the roster grid, read in a single query (no entity graph). {@code agencyName} is the
 * primary agency; {@code additionalAgencies} how many more agencies the counselor serves.
 */
public record RosterRow(
    Long id,
    String firstName,
    String lastName,
    String rankTitle,
    String badgeNumber,
    Long agencyId,
    String agencyName,
    String countyName,
    String regionName,
    CounselorStatus status,
    LocalDate basicCourseDate,
    CertifyingBody certifyingBody,
    LocalDate designationDate,
    LocalDate recertificationDue,
    String email,
    String mobilePhone,
    Long additionalAgencies) {

  /** The primary agency, and how many more the counselor serves: "Gulfport PD +1". */
  public String agencyText() {
    return additionalAgencies == null || additionalAgencies == 0
        ? agencyName
        : agencyName + " +" + additionalAgencies;
  }

  public String fullName() {
    return firstName + " " + lastName;
  }

  /** "Last, First" for a sorted list. */
  public String sortName() {
    return lastName + ", " + firstName;
  }

  /** {@link PrivilegeEligibility}, as {@link Counselor#isPrivilegeEligible(LocalDate)}. */
  public boolean privilegeEligible(LocalDate today) {
    return status == CounselorStatus.ACTIVE
        && PrivilegeEligibility.holds(
            PrivilegeEligibility.certified(basicCourseDate, certifyingBody, designationDate),
            recertificationDue,
            today);
  }

  public CertificationStatus certification(LocalDate today) {
    if (basicCourseDate == null || certifyingBody == null) {
      return CertificationStatus.NOT_CERTIFIED;
    }
    if (recertificationDue == null || recertificationDue.isBefore(today)) {
      return CertificationStatus.LAPSED;
    }
    if (designationDate == null) {
      return CertificationStatus.NOT_DESIGNATED;
    }
    if (!recertificationDue.isAfter(today.plusDays(CertificationStatus.DUE_SOON_DAYS))) {
      return CertificationStatus.DUE_WITHIN_90_DAYS;
    }
    return CertificationStatus.CURRENT;
  }
}
