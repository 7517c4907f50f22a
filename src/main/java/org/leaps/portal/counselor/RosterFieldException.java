package org.leaps.portal.counselor;

/** A value the database would accept but the roster does not, such as an email already in use. */
public class RosterFieldException extends RuntimeException {

  private final String field;

  public RosterFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The entity property, e.g. {@code email}. */
  public String field() {
    return field;
  }
}
