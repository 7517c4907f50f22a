package org.leaps.portal.availability;

/** Which of a counselor's roster phones the "Find a peer" directory shows, if any. */
public enum DirectoryPhone {
  MOBILE("Mobile phone"),
  WORK("Work phone"),
  NONE("No phone");

  private final String label;

  DirectoryPhone(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
