/** Trained peer support counselors: the roster that liaisons keep and the director oversees. */
@org.springframework.modulith.ApplicationModule(displayName = "Counselors")
package org.leaps.portal.counselor;
