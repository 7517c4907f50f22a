package org.leaps.portal.counselor;

/** A counselor's name and primary agency's name, for lists other modules show. */
public record CounselorName(
    Long counselorId, String firstName, String lastName, String agencyName) {

  public String fullName() {
    return firstName + " " + lastName;
  }
}
