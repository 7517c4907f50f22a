package org.leaps.portal.counselor;

/**
 * The roster grid's filters; every part is optional. The caller's agency scope is applied on top,
 * always, so an agency filter can only narrow what the person may see.
 *
 * @param name a prefix of the first name, last name or "first last", or an exact email or badge
 */
public record RosterFilter(
    String name,
    Long agencyId,
    String countyFips,
    String regionCode,
    CounselorStatus status,
    CertificationStatus certification,
    Specialty specialty) {

  public static RosterFilter none() {
    return new RosterFilter(null, null, null, null, null, null, null);
  }

  public RosterFilter withName(String value) {
    return new RosterFilter(
        value, agencyId, countyFips, regionCode, status, certification, specialty);
  }

  public RosterFilter withAgency(Long value) {
    return new RosterFilter(name, value, countyFips, regionCode, status, certification, specialty);
  }

  public RosterFilter withCounty(String value) {
    return new RosterFilter(name, agencyId, value, regionCode, status, certification, specialty);
  }

  public RosterFilter withRegion(String value) {
    return new RosterFilter(name, agencyId, countyFips, value, status, certification, specialty);
  }

  public RosterFilter withStatus(CounselorStatus value) {
    return new RosterFilter(
        name, agencyId, countyFips, regionCode, value, certification, specialty);
  }

  public RosterFilter withCertification(CertificationStatus value) {
    return new RosterFilter(name, agencyId, countyFips, regionCode, status, value, specialty);
  }

  public RosterFilter withSpecialty(Specialty value) {
    return new RosterFilter(name, agencyId, countyFips, regionCode, status, certification, value);
  }

  /**
   * A short description for the audit trail of an export, in the words the roster's filters show:
   * agency, county and region by name (e.g. "Troop J (Hattiesburg)"), not by id or code.
   */
  public String describe(
      java.util.function.LongFunction<String> agencyName,
      java.util.function.Function<String, String> countyName,
      java.util.function.Function<String, String> regionName) {
    var parts = new java.util.ArrayList<String>();
    if (name != null && !name.isBlank()) {
      parts.add("name \"" + name.trim() + "\"");
    }
    if (agencyId != null) {
      parts.add("agency " + agencyName.apply(agencyId));
    }
    if (countyFips != null) {
      parts.add("county " + countyName.apply(countyFips));
    }
    if (regionCode != null) {
      parts.add("region " + regionName.apply(regionCode));
    }
    if (status != null) {
      parts.add("status " + status.label());
    }
    if (certification != null) {
      parts.add(certification.label());
    }
    if (specialty != null) {
      parts.add(specialty.label());
    }
    return parts.isEmpty() ? "no filter" : String.join("; ", parts);
  }
}
