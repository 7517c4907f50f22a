package org.leaps.portal.callout;

/**
 * Tells people about a callout outside the portal's open pages (those get live pushes through
 * {@link CalloutOffered} and {@link CalloutChanged}). Every bean implementing it is called, once in
 * the cluster, after the change has committed, on a background thread: email comes with the portal;
 * an SMS or voice gateway is one more bean implementing this interface (see docs/decisions/060).
 * Implementations must not throw for one failed recipient.
 */
public interface CalloutNotifier {

  /** A counselor is asked to go; {@code respondLink} accepts or declines with one tap. */
  void offered(Notice notice);

  /** A counselor still asked is not needed any more (filled or closed): thank them. */
  void standDown(Notice notice, boolean filled);

  /** A tier did not fill the callout in time; the next tier was asked. */
  void escalated(Escalation escalation);

  /**
   * What a counselor is told: logistics only.
   *
   * @param respondLink the signed, single-use link to answer (sign-in still required)
   */
  record Notice(
      long calloutId,
      long offerId,
      long counselorId,
      String email,
      String category,
      String where,
      String meetingPoint,
      int needed,
      double distanceKm,
      boolean approximate,
      String respondLink) {}

  record Escalation(
      long calloutId, String category, String where, int needed, int accepted, int tier) {}
}
