/**
 * Who is signed in and what they may see: roles, agency scope, the demo and Keycloak sign-in paths.
 * Feature modules depend on this one; it depends on none of them and reaches agency and counselor
 * data only through the {@link org.leaps.portal.security.AgencyDirectory} and {@link
 * org.leaps.portal.security.CounselorDirectory} interfaces they implement.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Security",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.leaps.portal.security;
