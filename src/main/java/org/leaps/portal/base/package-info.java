/** Shared building blocks: database bootstrap, entity base class and the application shell. */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.leaps.portal.base;
