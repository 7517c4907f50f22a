package org.leaps.portal.availability;

/** Input the service refuses, with a message that names the field. Nothing was changed. */
public class AvailabilityInputException extends IllegalArgumentException {

  private final String field;

  public AvailabilityInputException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
