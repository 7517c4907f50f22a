package org.leaps.portal.availability;

/** Why a counselor is away on some dates. A fixed choice: no free text. */
public enum ExceptionKind {
  VACATION("Vacation"),
  TRAINING("Training"),
  OTHER("Other time away");

  private final String label;

  ExceptionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
