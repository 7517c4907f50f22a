package org.leaps.portal.training;

/** Input the training module refuses, with the field it is about and a message naming it. */
public class TrainingInputException extends RuntimeException {

  private final String field;

  public TrainingInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
