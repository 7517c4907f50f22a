package org.leaps.portal.counselor;

import java.util.function.Function;

/**
 * One column of a roster file, the only place it is described: the header name, the counselor
 * property it maps to (for validation messages), whether every file needs it, whether its cells are
 * free text checked for spreadsheet formulas, an example for the template, how a counselor is
 * written into it (export) and how a non-empty cell is read back (import).
 */
record RosterColumn(
    String name,
    String property,
    boolean required,
    boolean freeText,
    String example,
    Function<Counselor, String> value,
    CellReader reader) {

  /** Reads one non-empty, already cleaned cell into the row's candidate, or reports a problem. */
  @FunctionalInterface
  interface CellReader {
    void read(String value, ImportRow row);
  }

  /** What the export writes for this counselor; never null. */
  String export(Counselor counselor) {
    String text = value.apply(counselor);
    return text == null ? "" : text;
  }
}
