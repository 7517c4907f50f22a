package org.leaps.portal.counselor;

/**
 * How to reach an active counselor (alert audiences and follow-up): lower-case email, name, phones,
 * primary agency and the region of the home county.
 */
public record CounselorContact(
    Long counselorId,
    String email,
    String fullName,
    String mobilePhone,
    String workPhone,
    Long agencyId,
    String regionCode) {}
