package org.leaps.portal.counselor;

import java.util.List;

/**
 * What an import would do, before anything is saved: every problem with its row and column, and for
 * a clean file which rows are new and which update an existing counselor.
 *
 * @param rows data rows read (the header not counted)
 */
public record ImportPreview(
    String fileName, String encoding, int rows, List<Problem> problems, List<Outcome> outcomes) {

  public enum Action {
    NEW("New"),
    UPDATE("Update"),
    UNCHANGED("No change");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One problem. {@code row} is the spreadsheet row (the header is row 1); {@code column} the
   * header name, or "file" for the file as a whole.
   */
  public record Problem(int row, String column, String message) {
    public String describe() {
      return "Row " + row + ", " + column + ": " + message;
    }
  }

  /** What a clean row will do; {@code matchedBy} says how an existing counselor was found. */
  public record Outcome(
      int row,
      Action action,
      String name,
      String agencyCode,
      String matchedBy,
      List<String> changedFields) {}

  public ImportPreview {
    problems = List.copyOf(problems);
    outcomes = List.copyOf(outcomes);
  }

  /** Only a file without problems and with at least one row may be imported. */
  public boolean clean() {
    return problems.isEmpty() && rows > 0;
  }

  public long count(Action action) {
    return outcomes.stream().filter(o -> o.action() == action).count();
  }
}
