package org.leaps.portal.callout;

/** Refused input or action, with the field (or "Callout") it concerns; nothing was changed. */
public class CalloutInputException extends RuntimeException {

  private final String field;

  public CalloutInputException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
