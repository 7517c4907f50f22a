package org.leaps.portal.availability;

/** Privilege-eligible counselors who can respond now within the coverage radius of a county. */
public record CountyCoverage(String fips, String name, int eligibleResponders) {}
