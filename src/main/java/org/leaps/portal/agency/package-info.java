/** Participating agencies: sheriff's offices, police departments, school and university police. */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies")
package org.leaps.portal.agency;
