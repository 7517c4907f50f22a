package org.leaps.portal.training;

/**
 * What a training event is. Its hours count as continuing education unless it is the basic course.
 */
public enum EventKind {
  BASIC_COURSE("Basic 32-hour course"),
  ADVANCED_COURSE("Advanced course"),
  CONTINUING_EDUCATION("Continuing education"),
  CONFERENCE("Conference");

  private final String label;

  EventKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean continuingEducation() {
    return this != BASIC_COURSE;
  }
}
