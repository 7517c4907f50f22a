package org.leaps.portal.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What sign-in needs to know about agencies; implemented by the agency module. */
public interface AgencyDirectory {

  /** The agency with this stable code (the Keycloak organization attribute {@code agency_code}). */
  Optional<Long> agencyIdByCode(String code);

  /** Display names of these agencies, sorted. */
  List<String> agencyNames(Collection<Long> agencyIds);
}
