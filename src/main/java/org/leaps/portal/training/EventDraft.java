package org.leaps.portal.training;

import java.time.LocalDate;

/** What the director or staff type in for a training event. */
public record EventDraft(
    EventKind kind,
    String title,
    LocalDate startsOn,
    LocalDate endsOn,
    String place,
    Integer capacity,
    Integer creditHours) {

  public static final int MAX_CAPACITY = 2000;

  /** Checks every field; the first problem is thrown naming its field. */
  void validate() {
    if (kind == null) {
      throw new TrainingInputException("kind", "Kind: choose what kind of event this is");
    }
    if (title == null || title.isBlank()) {
      throw new TrainingInputException("title", "Title: enter the event's title");
    }
    if (title.trim().length() > 150) {
      throw new TrainingInputException("title", "Title: at most 150 characters");
    }
    if (startsOn == null) {
      throw new TrainingInputException("startsOn", "Starts: choose the first day");
    }
    if (endsOn == null) {
      throw new TrainingInputException("endsOn", "Ends: choose the last day");
    }
    if (endsOn.isBefore(startsOn)) {
      throw new TrainingInputException("endsOn", "Ends: the last day cannot be before the first");
    }
    if (place == null || place.isBlank()) {
      throw new TrainingInputException("place", "Place: enter where it takes place");
    }
    if (place.trim().length() > 150) {
      throw new TrainingInputException("place", "Place: at most 150 characters");
    }
    if (capacity == null || capacity < 1 || capacity > MAX_CAPACITY) {
      throw new TrainingInputException(
          "capacity", "Capacity: enter the number of seats, 1 to " + MAX_CAPACITY);
    }
    if (creditHours == null || creditHours < 0 || creditHours > 200) {
      throw new TrainingInputException("creditHours", "Credit hours: enter 0 to 200 hours");
    }
    if (kind == EventKind.BASIC_COURSE && creditHours != 32) {
      throw new TrainingInputException("creditHours", "Credit hours: the basic course is 32 hours");
    }
  }
}
