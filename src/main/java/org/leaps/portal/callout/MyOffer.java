package org.leaps.portal.callout;

/** A callout the signed-in counselor was asked to go on, with their own answer and stage. */
public record MyOffer(CalloutSummary callout, OfferView offer) {

  public boolean canAnswer() {
    return offer.response() == OfferResponse.PENDING && callout.state().isOpen();
  }

  public boolean isOnIt() {
    return offer.response() == OfferResponse.ACCEPTED
        && offer.clearedAt() == null
        && callout.state().isOpen();
  }
}
