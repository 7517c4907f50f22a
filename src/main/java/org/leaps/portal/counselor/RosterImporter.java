package org.leaps.portal.counselor;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

  private static final Map<String, String> COLUMN_OF_PROPERTY =
      Map.ofEntries(
          Map.entry("firstName", "first_name"),
          Map.entry("lastName", "last_name"),
          Map.entry("rankTitle", "rank"),
          Map.entry("badgeNumber", "badge_number"),
          Map.entry("agency", "agency_code"),
          Map.entry("homeCounty", "home_county"),
          Map.entry("email", "email"),
          Map.entry("workPhone", "work_phone"),
          Map.entry("mobilePhone", "mobile_phone"),
          Map.entry("status", "status"),
          Map.entry("basicCourseDate", "basic_course_date"),
          Map.entry("certifyingBody", "certifying_body"),
          Map.entry("designationDate", "designation_date"),
          Map.entry("recertificationDue", "recertification_due"),
          Map.entry("continuingEducationHours", "ce_hours"),
          Map.entry("adminNotes", "admin_notes"));

  /** Columns whose values are free text, checked for spreadsheet formulas. */
  private static final Set<String> TEXT_COLUMNS =
      Set.of(
          "first_name",
          "last_name",
          "rank",
          "badge_number",
          "email",
          "admin_notes",
          "home_county",
          "agency_code",
          "additional_agencies");

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("M/d/uuuu"));

  private final CounselorRepository counselors;
  private final Validator validator;

  RosterImporter(CounselorRepository counselors, Validator validator) {
    this.counselors = counselors;
    this.validator = validator;
  }

  record PlannedRow(int row, Counselor candidate, Counselor existing, List<FieldChange> changes) {}

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
    for (RosterCsv.Record record : rows) {
      int before = problems.size();
      PlannedRow row = planRow(record, columns, context, lookup, emailsSeen, badgesSeen, problems);
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
                row.changes().stream().map(FieldChange::field).toList()));
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
      String email = cell(record, columns, "email");
      if (!email.isEmpty()) {
        emails.add(email.toLowerCase(Locale.ROOT));
      }
      String badge = cell(record, columns, "badge_number");
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

  private static List<List<String>> chunks(List<String> values) {
    List<List<String>> chunks = new ArrayList<>();
    List<String> distinct = values.stream().distinct().toList();
    for (int i = 0; i < distinct.size(); i += 1000) {
      chunks.add(distinct.subList(i, Math.min(distinct.size(), i + 1000)));
    }
    return chunks;
  }

  private static String cell(RosterCsv.Record record, Map<String, Integer> columns, String column) {
    Integer index = columns.get(column);
    if (index == null || index >= record.cells().size()) {
      return "";
    }
    return RosterCsv.unneutralise(record.cells().get(index).strip());
  }

  private PlannedRow planRow(
      RosterCsv.Record record,
      Map<String, Integer> columns,
      Context context,
      Lookup lookup,
      Map<String, Integer> emailsSeen,
      Map<String, Integer> badgesSeen,
      List<Problem> problems) {
    int row = record.row();
    int expected = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    if (record.cells().size() < expected) {
      problems.add(
          new Problem(
              row, "row", "has " + record.cells().size() + " fields, the header has " + expected));
      return null;
    }
    int before = problems.size();
    for (String column : columns.keySet()) {
      String value = cell(record, columns, column);
      if (TEXT_COLUMNS.contains(column) && RosterCsv.looksLikeFormula(value)) {
        problems.add(
            new Problem(
                row,
                column,
                "starts with \"" + value.charAt(0) + "\"; spreadsheet formulas are not accepted"));
      }
    }
    if (problems.size() > before) {
      return null;
    }

    // Agency: from the file, or the only agency a liaison looks after.
    Agency agency;
    String code = cell(record, columns, "agency_code").toUpperCase(Locale.ROOT);
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
        problems.add(
            new Problem(
                row, "agency_code", "\"" + code + "\" is not an agency code you may import into"));
        return null;
      }
    }

    String email = cell(record, columns, "email");
    String badge = cell(record, columns, "badge_number");
    Counselor byEmail =
        email.isEmpty() ? null : lookup.byEmail().get(email.toLowerCase(Locale.ROOT));
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
    Counselor existing = byEmail != null ? byEmail : byBadge;
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

    Counselor candidate =
        new Counselor(
            cell(record, columns, "first_name"),
            cell(record, columns, "last_name"),
            agency,
            null,
            email);
    Map<String, String> previous = Map.of();
    if (existing != null) {
      previous = existing.auditValues();
      candidate.copyEditableFrom(existing);
      candidate.setStatus(existing.getStatus());
      candidate.setAgency(agency);
    }
    // On an update an empty cell keeps the value on file; nothing is cleared by accident.
    text(record, columns, "first_name", candidate::setFirstName);
    text(record, columns, "last_name", candidate::setLastName);
    text(record, columns, "rank", candidate::setRankTitle);
    text(record, columns, "badge_number", candidate::setBadgeNumber);
    text(record, columns, "email", candidate::setEmail);
    text(record, columns, "work_phone", candidate::setWorkPhone);
    text(record, columns, "mobile_phone", candidate::setMobilePhone);
    text(record, columns, "admin_notes", candidate::setAdminNotes);

    additionalAgencies(record, columns, context, agency, existing, candidate, problems);

    String countyText = cell(record, columns, "home_county");
    if (!countyText.isEmpty()) {
      County county = lookup.counties().get(countyText.toLowerCase(Locale.ROOT));
      if (county == null) {
        problems.add(
            new Problem(
                row,
                "home_county",
                "\"" + countyText + "\" is not a Mississippi county name or FIPS code"));
      } else {
        candidate.setHomeCounty(county);
      }
    }
    String statusText = cell(record, columns, "status");
    if (!statusText.isEmpty()) {
      CounselorStatus status = choice(CounselorStatus.class, statusText, CounselorStatus::label);
      if (status == null) {
        problems.add(new Problem(row, "status", "use ACTIVE, INACTIVE or RETIRED"));
      } else {
        candidate.setStatus(status);
      }
    }
    String specialtiesText = cell(record, columns, "specialties");
    if (!specialtiesText.isEmpty()) {
      EnumSet<Specialty> specialties = EnumSet.noneOf(Specialty.class);
      for (String part : specialtiesText.split("[;|]")) {
        if (part.isBlank()) {
          continue;
        }
        Specialty specialty = choice(Specialty.class, part.strip(), Specialty::label);
        if (specialty == null) {
          problems.add(
              new Problem(
                  row,
                  "specialties",
                  "\"" + part.strip() + "\" is not a specialty; separate several with ;"));
        } else {
          specialties.add(specialty);
        }
      }
      candidate.setSpecialties(specialties);
    }
    String bodyText = cell(record, columns, "certifying_body");
    if (!bodyText.isEmpty()) {
      CertifyingBody body = choice(CertifyingBody.class, bodyText, CertifyingBody::label);
      if (body == null) {
        problems.add(
            new Problem(
                row,
                "certifying_body",
                "use STATE_BOARD_OF_HEALTH or DEPARTMENT_OF_PUBLIC_SAFETY"));
      } else {
        candidate.setCertifyingBody(body);
      }
    }
    date(record, columns, "basic_course_date", candidate::setBasicCourseDate, row, problems);
    date(record, columns, "designation_date", candidate::setDesignationDate, row, problems);
    date(record, columns, "recertification_due", candidate::setRecertificationDue, row, problems);
    String hours = cell(record, columns, "ce_hours");
    if (!hours.isEmpty()) {
      try {
        candidate.setContinuingEducationHours(Integer.parseInt(hours));
      } catch (NumberFormatException e) {
        problems.add(
            new Problem(row, "ce_hours", "\"" + hours + "\" is not a whole number of hours"));
      }
    }
    if (candidate.getHomeCounty() == null && countyText.isEmpty()) {
      problems.add(new Problem(row, "home_county", "home county is required"));
    }
    for (ConstraintViolation<Counselor> violation : validator.validate(candidate)) {
      String property = violation.getPropertyPath().toString();
      if (property.equals("homeCounty") && candidate.getHomeCounty() == null) {
        continue; // already reported above
      }
      problems.add(
          new Problem(
              row, COLUMN_OF_PROPERTY.getOrDefault(property, property), violation.getMessage()));
    }
    if (problems.size() > before) {
      return null;
    }
    List<FieldChange> changes =
        existing == null ? List.of() : FieldChange.between(previous, candidate.auditValues());
    return new PlannedRow(row, candidate, existing, changes);
  }

  /**
   * The optional additional_agencies column: agency codes separated by ";". An empty cell keeps
   * what is on file; NONE removes every additional agency.
   */
  private static void additionalAgencies(
      RosterCsv.Record record,
      Map<String, Integer> columns,
      Context context,
      Agency primary,
      Counselor existing,
      Counselor candidate,
      List<Problem> problems) {
    String text = cell(record, columns, "additional_agencies");
    if (text.isEmpty()) {
      return;
    }
    int row = record.row();
    Set<Agency> additional = new java.util.HashSet<>();
    if (!text.equalsIgnoreCase("NONE")) {
      for (String part : text.split("[;|]")) {
        String code = part.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
          continue;
        }
        Agency other = context.allAgencies().get(code);
        if (other == null) {
          problems.add(
              new Problem(
                  row,
                  "additional_agencies",
                  "\"" + part.strip() + "\" is not an agency code; separate several with ;"));
        } else if (other.getId().equals(primary.getId())) {
          problems.add(
              new Problem(
                  row,
                  "additional_agencies",
                  "\""
                      + code
                      + "\" is the counselor's own agency (agency_code); list only other agencies"));
        } else if (!other.isActive() && (existing == null || !existing.serves(other.getId()))) {
          problems.add(
              new Problem(row, "additional_agencies", "\"" + code + "\" is not an active agency"));
        } else {
          additional.add(other);
        }
      }
    }
    candidate.setAdditionalAgencies(additional);
  }

  private static void text(
      RosterCsv.Record record,
      Map<String, Integer> columns,
      String column,
      java.util.function.Consumer<String> setter) {
    String value = cell(record, columns, column);
    if (!value.isEmpty()) {
      setter.accept(value);
    }
  }

  private static void date(
      RosterCsv.Record record,
      Map<String, Integer> columns,
      String column,
      java.util.function.Consumer<LocalDate> setter,
      int row,
      List<Problem> problems) {
    String value = cell(record, columns, column);
    if (value.isEmpty()) {
      return;
    }
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        setter.accept(LocalDate.parse(value, format));
        return;
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    problems.add(
        new Problem(row, column, "\"" + value + "\" is not a date; write 2025-03-31 or 3/31/2025"));
  }

  private static <E extends Enum<E>> E choice(
      Class<E> type, String text, java.util.function.Function<E, String> label) {
    String normal = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(normal) || label.apply(value).equalsIgnoreCase(text.strip())) {
        return value;
      }
    }
    return null;
  }
}
