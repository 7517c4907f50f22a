package org.leaps.portal.agency;

/**
 * Published inside the transaction that renamed an agency, so that features keeping a copy of the
 * name (the roster sorts on it) update it in the same transaction.
 */
public record AgencyRenamed(Long agencyId, String name) {}
