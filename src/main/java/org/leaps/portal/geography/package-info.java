/** Mississippi's 82 counties, their center points and the regions they belong to. */
@org.springframework.modulith.ApplicationModule(displayName = "Geography")
package org.leaps.portal.geography;
