/** The landing page: real figures for the signed-in person's scope. */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package org.leaps.portal.home;
