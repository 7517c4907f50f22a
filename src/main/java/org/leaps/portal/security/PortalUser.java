package org.leaps.portal.security;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The signed-in person as the portal sees them, whichever sign-in path was used.
 *
 * @param accountId the portal account, linked to a counselor record or liaison assignment
 * @param counselorId the person's own counselor record, or {@code null} for staff without one
 * @param agencyIds the person's agencies: for liaisons and counselors those whose roster they may
 *     see; for an officer the agency they serve, which gives no roster scope (see {@link #scope()})
 * @param agencyNames display names of those agencies, for the app shell
 */
public record PortalUser(
    Long accountId,
    String displayName,
    String email,
    Set<Role> roles,
    Set<Long> agencyIds,
    List<String> agencyNames,
    Long counselorId)
    implements Serializable {

  public PortalUser {
    roles = Set.copyOf(roles);
    agencyIds = Set.copyOf(agencyIds);
    agencyNames = List.copyOf(agencyNames);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isStatewide() {
    return roles.stream().anyMatch(Role::isStatewide);
  }

  /**
   * A person whom the portal cannot place in any agency, and who is not statewide staff. An officer
   * needs no agency to find a peer, so an officer alone is never unplaced.
   */
  public boolean isUnplaced() {
    return !isStatewide() && agencyIds.isEmpty() && !isOfficerOnly();
  }

  /** Only the officer role: outside the peer support program, sees Find a peer alone. */
  public boolean isOfficerOnly() {
    return has(Role.OFFICER) && !inProgram();
  }

  /** Belongs to the peer support program: any role but officer. */
  public boolean inProgram() {
    return roles.stream().anyMatch(Role::isProgramRole);
  }

  /** Roster scope: statewide staff, or a liaison's or counselor's agencies; nothing otherwise. */
  public AccessScope scope() {
    if (isStatewide()) {
      return AccessScope.wholeState();
    }
    if (roles.stream().anyMatch(Role::givesAgencyScope)) {
      return AccessScope.agencies(agencyIds);
    }
    return AccessScope.nothing();
  }

  /** The most senior role, for display. */
  public Role primaryRole() {
    for (Role role : Role.values()) {
      if (roles.contains(role)) {
        return role;
      }
    }
    return Role.COUNSELOR;
  }
}
