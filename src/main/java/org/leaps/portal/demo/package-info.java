/** Deterministic demo data for the embedded default; never loaded in production. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.leaps.portal.demo;
