package org.leaps.portal.counselor;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
    UNCHANGED("No change"),
    /** A counselor the person may see but not change (another agency's own); left as it is. */
    SKIPPED("Skipped");

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

  /**
   * What a clean row will do; {@code matchedBy} says how an existing counselor was found, {@code
   * counselorId} and {@code version} which record and which state of it the preview was made
   * against (null for a new row). {@code changedSincePreview} marks a row whose counselor someone
   * saved after the preview the person confirmed.
   */
  public record Outcome(
      int row,
      Action action,
      String name,
      String agencyCode,
      String matchedBy,
      List<String> changedFields,
      Long counselorId,
      Long version,
      String note,
      boolean changedSincePreview) {

    public Outcome {
      changedFields = List.copyOf(changedFields);
      note = note == null ? "" : note;
    }

    Outcome markedChanged() {
      return new Outcome(
          row,
          action,
          name,
          agencyCode,
          matchedBy,
          changedFields,
          counselorId,
          version,
          "Changed by someone else since your preview; check this row again",
          true);
    }
  }

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

  /** Rows whose counselor someone saved after the preview the person confirmed. */
  public long changedSincePreview() {
    return outcomes.stream().filter(Outcome::changedSincePreview).count();
  }

  /**
   * The rows of this (fresh) plan that differ from what {@code previewed} showed: a matched
   * counselor saved since (another version), a counselor that appeared since (a new row now
   * matches), or the other way round. Empty when the preview still holds.
   */
  Set<Integer> rowsChangedSince(ImportPreview previewed) {
    Map<Integer, Outcome> before =
        previewed.outcomes().stream()
            .collect(java.util.stream.Collectors.toMap(Outcome::row, o -> o, (a, b) -> a));
    Set<Integer> changed = new java.util.TreeSet<>();
    for (Outcome now : outcomes) {
      Outcome then = before.get(now.row());
      if (then == null
          || !java.util.Objects.equals(then.counselorId(), now.counselorId())
          || !java.util.Objects.equals(then.version(), now.version())) {
        changed.add(now.row());
      }
    }
    return changed;
  }

  /** This preview with the given rows marked as changed since the person's preview. */
  ImportPreview markChanged(Set<Integer> changedRows) {
    return new ImportPreview(
        fileName,
        encoding,
        rows,
        problems,
        outcomes.stream().map(o -> changedRows.contains(o.row()) ? o.markedChanged() : o).toList());
  }
}
