/**
 * Statewide alerts: the director (and staff the director allows) sends an alert to an audience;
 * every app node hears of it through the cluster event relay and pushes it to open sessions; email
 * carries a signed single-use acknowledgement link; the director and liaisons track who has
 * acknowledged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alerts")
package org.leaps.portal.alert;
