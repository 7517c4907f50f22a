package org.leaps.portal.security;

import java.util.List;
import java.util.Set;

/**
 * Which agencies' people the current person may see and change. Every roster query takes one of
 * these, so the database itself filters out other agencies' rows.
 */
public record AccessScope(boolean statewide, Set<Long> agencyIds) {

  /** A value no agency id can have, so that {@code IN (:ids)} on an empty scope matches nothing. */
  private static final List<Long> MATCH_NOTHING = List.of(-1L);

  public AccessScope {
    agencyIds = Set.copyOf(agencyIds);
  }

  public static AccessScope wholeState() {
    return new AccessScope(true, Set.of());
  }

  public static AccessScope agencies(Set<Long> agencyIds) {
    return new AccessScope(false, agencyIds);
  }

  public static AccessScope nothing() {
    return new AccessScope(false, Set.of());
  }

  public boolean includes(Long agencyId) {
    return statewide || (agencyId != null && agencyIds.contains(agencyId));
  }

  public boolean isEmpty() {
    return !statewide && agencyIds.isEmpty();
  }

  /** Agency ids for a JPQL {@code IN} clause; never empty. Pair it with {@link #statewide()}. */
  public List<Long> agencyIdsForQuery() {
    return agencyIds.isEmpty() ? MATCH_NOTHING : List.copyOf(agencyIds);
  }
}
