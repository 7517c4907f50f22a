package org.leaps.portal.counselor;

import java.util.List;
import java.util.Map;
import org.leaps.portal.counselor.ImportPreview.Problem;
import org.leaps.portal.geography.County;

/**
 * One data row while it is read: its spreadsheet row, the counselor it builds (a copy of the
 * matched record for an update), the record it matched, and where its problems go.
 */
final class ImportRow {

  final int row;
  final RosterImporter.Context context;
  final Map<String, County> counties;
  final Counselor candidate;
  final Counselor existing;
  private final List<Problem> problems;

  ImportRow(
      int row,
      RosterImporter.Context context,
      Map<String, County> counties,
      Counselor candidate,
      Counselor existing,
      List<Problem> problems) {
    this.row = row;
    this.context = context;
    this.counties = counties;
    this.candidate = candidate;
    this.existing = existing;
    this.problems = problems;
  }

  void problem(String column, String message) {
    problems.add(new Problem(row, column, message));
  }
}
