package org.leaps.portal.counselor;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.audit.FieldChange;
import org.leaps.portal.counselor.ImportPreview.Action;
import org.leaps.portal.counselor.ImportPreview.Outcome;
import org.leaps.portal.counselor.ImportPreview.Problem;
import org.leaps.portal.geography.County;
import org.leaps.portal.security.AccessScope;
import org.springframework.stereotype.Component;

/**
 * Reads a roster file into a plan: every problem with row and column, or, for a clean file, the
 * counselors to create and to update. Saves nothing; {@link CounselorService} commits a clean plan
 * in one transaction.
 */
@Component
class RosterImporter {

  /** More rows than any agency (or the whole state) has; a bigger file is refused. */
  static final int MAX_ROWS = 20_000;

  private final CounselorRepository counselors;
  private final Validator validator;

  RosterImporter(CounselorRepository counselors, Validator validator) {
    this.counselors = counselors;
    this.validator = validator;
  }

  /**
   * A clean row: the counselor to save, the record it updates (null for a new one) with the version
   * the plan was made against, and the changed fields.
   */
  record PlannedRow(
      int row,
      Counselor candidate,
      Counselor existing,
      long expectedVersion,
      List<FieldChange> changes) {}

  record Plan(ImportPreview preview, List<PlannedRow> rows) {}

  /**
   * What the importer may use: the caller's scope, the agencies they may import into by code, every
   * agency by code (for additional agencies, decision 015) and the counties.
   */
  record Context(
      AccessScope scope,
      Map<String, Agency> agenciesInScope,
      Map<String, Agency> allAgencies,
      Collection<County> counties) {}

  Plan plan(String fileName, byte[] data, Context context) {
    List<Problem> problems = new ArrayList<>();
    if (data == null || data.length == 0) {
      problems.add(new Problem(1, "file", "the file is empty"));
      return new Plan(new ImportPreview(fileName, "—", 0, problems, List.of()), List.of());
    }
    RosterCsv.Decoded decoded = RosterCsv.decode(data);
    RosterCsv.Parsed parsed = RosterCsv.parse(decoded.text());
    for (RosterCsv.SyntaxError error : parsed.errors()) {
      problems.add(new Problem(error.row(), "file", error.message()));
    }
    List<RosterCsv.Record> records = parsed.records();
    if (records.isEmpty()) {
      problems.add(new Problem(1, "file", "the file is empty"));
      return new Plan(
          new ImportPreview(fileName, decoded.encoding(), 0, problems, List.of()), List.of());
    }
    Map<String, Integer> columns = readHeader(records.getFirst(), context, problems);
    List<RosterCsv.Record> rows = records.subList(1, records.size());
    if (rows.isEmpty()) {
      problems.add(new Problem(2, "file", "the file has a header but no counselor rows"));
    }
    if (rows.size() > MAX_ROWS) {
      problems.add(
          new Problem(
              MAX_ROWS + 2,
              "file",
              "the file has "
                  + rows.size()
                  + " rows; at most "
                  + MAX_ROWS
                  + " can be imported at once"));
      return new Plan(
          new ImportPreview(fileName, decoded.encoding(), rows.size(), problems, List.of()),
          List.of());
    }
    if (columns == null) {
      return new Plan(
          new ImportPreview(fileName, decoded.encoding(), rows.size(), problems, List.of()),
          List.of());
    }

    Lookup lookup = lookup(rows, columns, context);
    Map<String, Integer> emailsSeen = new HashMap<>();
    Map<String, Integer> badgesSeen = new HashMap<>();
    List<PlannedRow> planned = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    int headerWidth = records.getFirst().cells().size();
    for (RosterCsv.Record record : rows) {
      int before = problems.size();
      Map<String, String> values = cells(record, columns, headerWidth, problems);
      if (values == null) {
        continue;
      }
      Identity identity =
          identify(record.row(), values, context, lookup, emailsSeen, badgesSeen, problems);
      if (identity == null) {
        continue;
      }
      if (identity.skipNote() != null) {
        Counselor other = identity.existing();
        outcomes.add(
            new Outcome(
                record.row(),
                Action.SKIPPED,
                other.getFullName(),
                other.getAgency().getCode(),
                "email",
                List.of(),
                other.getId(),
                null,
                identity.skipNote(),
                false));
        continue;
      }
      PlannedRow row = planRow(record.row(), values, identity, context, lookup, problems);
      if (row != null && problems.size() == before) {
        planned.add(row);
        Action action =
            row.existing() == null
                ? Action.NEW
                : row.changes().isEmpty() ? Action.UNCHANGED : Action.UPDATE;
        outcomes.add(
            new Outcome(
                row.row(),
                action,
                row.candidate().getFullName(),
                row.candidate().getAgency().getCode(),
                row.existing() == null ? "" : matchedBy(row),
                row.changes().stream().map(FieldChange::field).toList(),
                row.existing() == null ? null : row.existing().getId(),
                row.existing() == null ? null : row.expectedVersion(),
                "",
                false));
      }
    }
    return new Plan(
        new ImportPreview(fileName, decoded.encoding(), rows.size(), problems, outcomes), planned);
  }

  private static String matchedBy(PlannedRow row) {
    return row.existing().getEmail().equalsIgnoreCase(row.candidate().getEmail())
        ? "email"
        : "badge";
  }

  private Map<String, Integer> readHeader(
      RosterCsv.Record header, Context context, List<Problem> problems) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    boolean ok = true;
    for (int i = 0; i < header.cells().size(); i++) {
      String name = header.cells().get(i).trim().toLowerCase(Locale.ROOT).replace(' ', '_');
      if (name.isEmpty() && i == header.cells().size() - 1 && i > 0) {
        continue; // a trailing comma
      }
      if (!RosterCsv.COLUMNS.contains(name)) {
        problems.add(
            new Problem(
                1,
                "column " + (i + 1),
                "unknown column \""
                    + header.cells().get(i).trim()
                    + "\"; the columns are "
                    + String.join(", ", RosterCsv.COLUMNS)));
        ok = false;
      } else if (columns.containsKey(name)) {
        problems.add(new Problem(1, name, "the column appears twice"));
        ok = false;
      } else {
        columns.put(name, i);
      }
    }
    for (String required : RosterCsv.REQUIRED) {
      if (!columns.containsKey(required)) {
        problems.add(new Problem(1, required, "required column is missing"));
        ok = false;
      }
    }
    if (!columns.containsKey("agency_code") && context.agenciesInScope().size() != 1) {
      problems.add(
          new Problem(
              1,
              "agency_code",
              "required column is missing (you look after more than one agency)"));
      ok = false;
    }
    return ok ? columns : null;
  }

  private record Lookup(
      Map<String, Counselor> byEmail,
      Map<String, Counselor> byAgencyBadge,
      Map<String, County> counties) {}

  private Lookup lookup(
      List<RosterCsv.Record> rows, Map<String, Integer> columns, Context context) {
    List<String> emails = new ArrayList<>();
    List<String> badges = new ArrayList<>();
    for (RosterCsv.Record record : rows) {
      String email = lookupCell(record, columns, "email");
      if (!email.isEmpty()) {
        emails.add(email.toLowerCase(Locale.ROOT));
      }
      String badge = lookupCell(record, columns, "badge_number");
      if (!badge.isEmpty()) {
        badges.add(badge);
      }
    }
    Map<String, Counselor> byEmail = new HashMap<>();
    for (List<String> chunk : chunks(emails)) {
      for (Counselor c : counselors.findByEmailIn(chunk)) {
        byEmail.put(c.getEmail().toLowerCase(Locale.ROOT), c);
      }
    }
    Map<String, Counselor> byBadge = new HashMap<>();
    List<Long> agencyIds = context.agenciesInScope().values().stream().map(Agency::getId).toList();
    if (!agencyIds.isEmpty()) {
      for (List<String> chunk : chunks(badges)) {
        for (Counselor c : counselors.findByAgencyIdInAndBadgeNumberIn(agencyIds, chunk)) {
          byBadge.put(c.getAgency().getId() + "|" + c.getBadgeNumber().toLowerCase(Locale.ROOT), c);
        }
      }
    }
    Map<String, County> counties = new HashMap<>();
    for (County county : context.counties()) {
      counties.put(county.getFips(), county);
      counties.put(county.getName().toLowerCase(Locale.ROOT), county);
      counties.put(county.getName().toLowerCase(Locale.ROOT) + " county", county);
    }
    return new Lookup(byEmail, byBadge, counties);
  }

  private static String lookupCell(
      RosterCsv.Record record, Map<String, Integer> columns, String column) {
    Integer index = columns.get(column);
    if (index == null || index >= record.cells().size()) {
      return "";
    }
    return RosterCsv.unneutralise(record.cells().get(index).strip());
  }

  private static List<List<String>> chunks(List<String> values) {
    List<List<String>> chunks = new ArrayList<>();
    List<String> distinct = values.stream().distinct().toList();
    for (int i = 0; i < distinct.size(); i += 1000) {
      chunks.add(distinct.subList(i, Math.min(distinct.size(), i + 1000)));
    }
    return chunks;
  }

  /**
   * The row's cells by column, stripped, with the apostrophe the export puts before formula-like
   * text taken off again. Null (with a problem) when the row has fewer fields than the header, more
   * fields that hold anything (an unquoted comma would otherwise cut a value short), or a raw
   * formula in a free-text column.
   */
  private static Map<String, String> cells(
      RosterCsv.Record record,
      Map<String, Integer> columns,
      int headerWidth,
      List<Problem> problems) {
    int row = record.row();
    List<String> cells = record.cells();
    int expected = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    if (cells.size() < expected) {
      problems.add(
          new Problem(row, "row", "has " + cells.size() + " fields, the header has " + expected));
      return null;
    }
    if (cells.size() > headerWidth
        && cells.subList(headerWidth, cells.size()).stream().anyMatch(c -> !c.isBlank())) {
      problems.add(
          new Problem(
              row,
              "row",
              "has "
                  + cells.size()
                  + " fields, the header has "
                  + headerWidth
                  + "; put a value that holds a comma in double quotes"));
      return null;
    }
    Map<String, String> values = new HashMap<>();
    boolean ok = true;
    for (Map.Entry<String, Integer> column : columns.entrySet()) {
      String raw = cells.get(column.getValue()).strip();
      if (RosterColumns.named(column.getKey()).freeText() && RosterCsv.looksLikeFormula(raw)) {
        problems.add(
            new Problem(
                row,
                column.getKey(),
                "starts with \"" + raw.charAt(0) + "\"; spreadsheet formulas are not accepted"));
        ok = false;
      }
      values.put(column.getKey(), RosterCsv.unneutralise(raw));
    }
    return ok ? values : null;
  }

  private static String value(Map<String, String> values, String column) {
    return values.getOrDefault(column, "");
  }

  /**
   * Which agency a row belongs to and which counselor it matches. {@code skipNote} is set for a
   * counselor the person sees through an additional agency but may not change: their own agency's
   * liaisons keep that record, so an exported row of theirs is left alone rather than refused.
   */
  private record Identity(Agency agency, Counselor existing, String skipNote) {}

  private static Identity identify(
      int row,
      Map<String, String> values,
      Context context,
      Lookup lookup,
      Map<String, Integer> emailsSeen,
      Map<String, Integer> badgesSeen,
      List<Problem> problems) {
    String email = value(values, "email");
    Counselor byEmail =
        email.isEmpty() ? null : lookup.byEmail().get(email.toLowerCase(Locale.ROOT));
    // Agency: from the file, or the only agency a liaison looks after.
    Agency agency;
    String code = value(values, "agency_code").toUpperCase(Locale.ROOT);
    if (code.isEmpty()) {
      if (context.agenciesInScope().size() == 1 && !context.scope().statewide()) {
        agency = context.agenciesInScope().values().iterator().next();
      } else {
        problems.add(new Problem(row, "agency_code", "agency code is required"));
        return null;
      }
    } else {
      agency = context.agenciesInScope().get(code);
      if (agency == null) {
        if (byEmail != null
            && byEmail.getAgency().getCode().equalsIgnoreCase(code)
            && byEmail.getAdditionalAgencies().stream()
                .anyMatch(a -> context.scope().includes(a.getId()))) {
          return new Identity(
              byEmail.getAgency(),
              byEmail,
              "Counselor of "
                  + byEmail.getAgency().getCode()
                  + ", which keeps this record; your agency only sees it. Left as it is.");
        }
        problems.add(
            new Problem(
                row, "agency_code", "\"" + code + "\" is not an agency code you may import into"));
        return null;
      }
    }
    String badge = value(values, "badge_number");
    Counselor byBadge =
        badge.isEmpty()
            ? null
            : lookup.byAgencyBadge().get(agency.getId() + "|" + badge.toLowerCase(Locale.ROOT));
    if (byEmail != null && !context.scope().includes(byEmail.getAgency().getId())) {
      problems.add(
          new Problem(row, "email", "this email belongs to a counselor outside your agencies"));
      return null;
    }
    if (byEmail != null && byBadge != null && !byEmail.getId().equals(byBadge.getId())) {
      problems.add(
          new Problem(
              row,
              "badge_number",
              "the email and the badge number match two different counselors"));
      return null;
    }
    if (!email.isEmpty()) {
      Integer first = emailsSeen.putIfAbsent(email.toLowerCase(Locale.ROOT), row);
      if (first != null) {
        problems.add(new Problem(row, "email", "the same email is already on row " + first));
        return null;
      }
    }
    if (!badge.isEmpty()) {
      Integer first =
          badgesSeen.putIfAbsent(agency.getId() + "|" + badge.toLowerCase(Locale.ROOT), row);
      if (first != null) {
        problems.add(
            new Problem(row, "badge_number", "the same badge number is already on row " + first));
        return null;
      }
    }
    return new Identity(agency, byEmail != null ? byEmail : byBadge, null);
  }

  /**
   * Builds the counselor a row describes: a copy of the matched record (an empty cell keeps the
   * value on file; nothing is cleared by accident) with every non-empty cell read by its column.
   */
  private PlannedRow planRow(
      int row,
      Map<String, String> values,
      Identity identity,
      Context context,
      Lookup lookup,
      List<Problem> problems) {
    int before = problems.size();
    Counselor existing = identity.existing();
    Counselor candidate =
        new Counselor(
            value(values, "first_name"),
            value(values, "last_name"),
            identity.agency(),
            null,
            value(values, "email"));
    Map<String, String> previous = Map.of();
    if (existing != null) {
      previous = existing.auditValues();
      candidate.copyEditableFrom(existing);
      candidate.setStatus(existing.getStatus());
      candidate.setAgency(identity.agency());
    }
    var importRow = new ImportRow(row, context, lookup.counties(), candidate, existing, problems);
    for (RosterColumn column : RosterColumns.ALL) {
      String value = value(values, column.name());
      if (!value.isEmpty()) {
        column.reader().read(value, importRow);
      }
    }
    boolean countyGiven = !value(values, "home_county").isEmpty();
    if (candidate.getHomeCounty() == null && !countyGiven) {
      problems.add(new Problem(row, "home_county", "home county is required"));
    }
    for (ConstraintViolation<Counselor> violation : validator.validate(candidate)) {
      String property = violation.getPropertyPath().toString();
      if (property.equals("homeCounty") && candidate.getHomeCounty() == null) {
        continue; // already reported above
      }
      problems.add(new Problem(row, RosterColumns.columnOf(property), violation.getMessage()));
    }
    if (problems.size() > before) {
      return null;
    }
    List<FieldChange> changes =
        existing == null ? List.of() : FieldChange.between(previous, candidate.auditValues());
    return new PlannedRow(
        row, candidate, existing, existing == null ? 0 : existing.getVersion(), changes);
  }
}
