/**
 * The audit trail of roster and agency changes: who did what and when, which fields changed (old
 * and new value), import totals and exports. Roster facts only, never anything said in support.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.leaps.portal.audit;
