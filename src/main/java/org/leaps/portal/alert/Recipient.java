package org.leaps.portal.alert;

/**
 * A person an alert reaches, resolved from counselor records and portal accounts.
 *
 * @param email lower-case address, the person's key across both sources
 * @param agencyId the counselor's agency, or a liaison's (first) agency; null for statewide staff
 * @param regionCode the region of the counselor's home county or of the liaison's agency
 */
public record Recipient(
    String email,
    String displayName,
    Long accountId,
    Long counselorId,
    Long agencyId,
    String regionCode) {

  public Recipient {
    email = email.toLowerCase(java.util.Locale.ROOT);
  }

  Recipient merge(Recipient other) {
    return new Recipient(
        email,
        counselorId != null ? displayName : other.displayName,
        accountId != null ? accountId : other.accountId,
        counselorId != null ? counselorId : other.counselorId,
        agencyId != null ? agencyId : other.agencyId,
        regionCode != null ? regionCode : other.regionCode);
  }
}
