package org.leaps.portal.alert;

/** An alert that cannot be sent as composed; {@link #field()} names the field to fix. */
public class AlertValidationException extends RuntimeException {

  private final String field;

  public AlertValidationException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** One of "title", "message", "severity", "audience", "expiry". */
  public String field() {
    return field;
  }
}
