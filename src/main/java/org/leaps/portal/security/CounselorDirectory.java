package org.leaps.portal.security;

import java.util.Optional;

/** What sign-in needs to know about counselors; implemented by the counselor module. */
public interface CounselorDirectory {

  /** The counselor record with this email address, and its agency. */
  Optional<CounselorLink> findByEmail(String email);

  record CounselorLink(Long counselorId, Long agencyId, String displayName) {}
}
