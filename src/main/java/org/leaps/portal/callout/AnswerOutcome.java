package org.leaps.portal.callout;

/** What happened to a counselor's answer, in words they see. */
public enum AnswerOutcome {
  ACCEPTED("You are on this callout. Thank you: mark en route when you leave."),
  DECLINED("Declined. Thank you for answering."),
  FILLED("This callout is already filled. Thank you for answering so quickly.");

  private final String message;

  AnswerOutcome(String message) {
    this.message = message;
  }

  public String message() {
    return message;
  }
}
