/**
 * Availability screens. The county map ({@code CoverageMap}) is offered to other features (the
 * callout form picks the incident county on it), hence the named interface.
 */
@org.springframework.modulith.NamedInterface("map")
package org.leaps.portal.availability.ui;
