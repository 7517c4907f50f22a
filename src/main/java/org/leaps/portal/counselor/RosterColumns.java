package org.leaps.portal.counselor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.geography.County;

/**
 * The roster file's columns, in template order. This one list drives the template, the export and
 * the import; see docs/csv-format.md for the format as people read it.
 */
final class RosterColumns {

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT));

  /** Looks like one of the date formats, so a failure means the day does not exist. */
  private static final Pattern DATE_SHAPE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4}");

  static final List<RosterColumn> ALL =
      List.of(
          text(
              "first_name",
              "firstName",
              true,
              "Jordan",
              Counselor::getFirstName,
              Counselor::setFirstName),
          text(
              "last_name",
              "lastName",
              true,
              "Sample",
              Counselor::getLastName,
              Counselor::setLastName),
          text(
              "rank",
              "rankTitle",
              false,
              "Sergeant",
              Counselor::getRankTitle,
              Counselor::setRankTitle),
          text(
              "badge_number",
              "badgeNumber",
              false,
              "1234",
              Counselor::getBadgeNumber,
              Counselor::setBadgeNumber),
          // Read before the other cells, because it decides which counselor the row matches
          // (RosterImporter.identify); here it only has to be written.
          new RosterColumn(
              "agency_code",
              "agency",
              false,
              true,
              "GULFPORT-PD",
              c -> c.getAgency().getCode(),
              (value, row) -> {}),
          new RosterColumn(
              "additional_agencies",
              "additionalAgencies",
              false,
              true,
              "GULFPORT-SD-PD",
              c ->
                  String.join(
                      ";",
                      c.getAdditionalAgencies().stream().map(Agency::getCode).sorted().toList()),
              RosterColumns::additionalAgencies),
          new RosterColumn(
              "home_county",
              "homeCounty",
              true,
              true,
              "Harrison",
              c -> c.getHomeCounty().getName(),
              RosterColumns::homeCounty),
          // Home or duty ZIP (callout distances): checked by the same @StateZip rule as the form.
          plain("zip", "homeZip", "39501", Counselor::getHomeZip, Counselor::setHomeZip),
          text(
              "email",
              "email",
              true,
              "jordan.sample@example.invalid",
              Counselor::getEmail,
              Counselor::setEmail),
          plain(
              "work_phone",
              "workPhone",
              "(228) 555-0100",
              Counselor::getWorkPhone,
              Counselor::setWorkPhone),
          plain(
              "mobile_phone",
              "mobilePhone",
              "(228) 555-0101",
              Counselor::getMobilePhone,
              Counselor::setMobilePhone),
          new RosterColumn(
              "status",
              "status",
              false,
              false,
              "ACTIVE",
              c -> c.getStatus().name(),
              (value, row) -> {
                CounselorStatus status =
                    choice(CounselorStatus.class, value, CounselorStatus::label);
                if (status == null) {
                  row.problem("status", "use ACTIVE, INACTIVE or RETIRED");
                } else {
                  row.candidate.setStatus(status);
                }
              }),
          new RosterColumn(
              "specialties",
              "specialties",
              false,
              false,
              "OFFICER_INVOLVED_SHOOTING;LINE_OF_DUTY_DEATH",
              c ->
                  String.join(
                      ";", c.getSpecialties().stream().sorted().map(Specialty::name).toList()),
              RosterColumns::specialties),
          date(
              "basic_course_date",
              "basicCourseDate",
              "2024-03-15",
              Counselor::getBasicCourseDate,
              Counselor::setBasicCourseDate),
          new RosterColumn(
              "certifying_body",
              "certifyingBody",
              false,
              false,
              "DEPARTMENT_OF_PUBLIC_SAFETY",
              c -> c.getCertifyingBody() == null ? "" : c.getCertifyingBody().name(),
              (value, row) -> {
                CertifyingBody body = choice(CertifyingBody.class, value, CertifyingBody::label);
                if (body == null) {
                  row.problem(
                      "certifying_body",
                      "use STATE_BOARD_OF_HEALTH or DEPARTMENT_OF_PUBLIC_SAFETY");
                } else {
                  row.candidate.setCertifyingBody(body);
                }
              }),
          date(
              "designation_date",
              "designationDate",
              "2024-04-01",
              Counselor::getDesignationDate,
              Counselor::setDesignationDate),
          date(
              "recertification_due",
              "recertificationDue",
              "2027-03-15",
              Counselor::getRecertificationDue,
              Counselor::setRecertificationDue),
          new RosterColumn(
              "ce_hours",
              "continuingEducationHours",
              false,
              false,
              "8",
              c -> String.valueOf(c.getContinuingEducationHours()),
              (value, row) -> {
                try {
                  row.candidate.setContinuingEducationHours(Integer.parseInt(value));
                } catch (NumberFormatException e) {
                  row.problem("ce_hours", "\"" + value + "\" is not a whole number of hours");
                }
              }),
          text(
              "admin_notes",
              "adminNotes",
              false,
              "Prefers text messages",
              Counselor::getAdminNotes,
              Counselor::setAdminNotes));

  private RosterColumns() {}

  static RosterColumn named(String name) {
    return ALL.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  /** The column of a counselor property, for validation messages; the property if none. */
  static String columnOf(String property) {
    return ALL.stream()
        .filter(c -> c.property().equals(property))
        .map(RosterColumn::name)
        .findFirst()
        .orElse(property);
  }

  /** A free-text column, checked for spreadsheet formulas. */
  private static RosterColumn text(
      String name,
      String property,
      boolean required,
      String example,
      Function<Counselor, String> getter,
      BiConsumer<Counselor, String> setter) {
    return new RosterColumn(
        name,
        property,
        required,
        true,
        example,
        getter,
        (v, row) -> setter.accept(row.candidate, v));
  }

  /** A text column whose format is checked by the counselor's own constraints (phones). */
  private static RosterColumn plain(
      String name,
      String property,
      String example,
      Function<Counselor, String> getter,
      BiConsumer<Counselor, String> setter) {
    return new RosterColumn(
        name, property, false, false, example, getter, (v, row) -> setter.accept(row.candidate, v));
  }

  private static RosterColumn date(
      String name,
      String property,
      String example,
      Function<Counselor, LocalDate> getter,
      BiConsumer<Counselor, LocalDate> setter) {
    return new RosterColumn(
        name,
        property,
        false,
        false,
        example,
        c -> getter.apply(c) == null ? "" : getter.apply(c).toString(),
        (value, row) -> {
          LocalDate date = parseDate(value);
          if (date != null) {
            setter.accept(row.candidate, date);
          } else if (DATE_SHAPE.matcher(value).matches()) {
            row.problem(name, "\"" + value + "\" is not a real calendar date");
          } else {
            row.problem(name, "\"" + value + "\" is not a date; write 2025-03-31 or 3/31/2025");
          }
        });
  }

  static LocalDate parseDate(String value) {
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        return LocalDate.parse(value, format);
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    return null;
  }

  private static void homeCounty(String value, ImportRow row) {
    County county = row.counties.get(value.toLowerCase(Locale.ROOT));
    if (county == null) {
      row.problem("home_county", "\"" + value + "\" is not a Mississippi county name or FIPS code");
    } else {
      row.candidate.setHomeCounty(county);
    }
  }

  private static void specialties(String value, ImportRow row) {
    EnumSet<Specialty> specialties = EnumSet.noneOf(Specialty.class);
    for (String part : value.split("[;|]")) {
      if (part.isBlank()) {
        continue;
      }
      Specialty specialty = choice(Specialty.class, part.strip(), Specialty::label);
      if (specialty == null) {
        row.problem(
            "specialties", "\"" + part.strip() + "\" is not a specialty; separate several with ;");
      } else {
        specialties.add(specialty);
      }
    }
    row.candidate.setSpecialties(specialties);
  }

  /**
   * Other agencies the counselor serves (decision 015), codes separated by ";". NONE removes every
   * additional agency; an empty cell keeps what is on file.
   */
  private static void additionalAgencies(String value, ImportRow row) {
    Agency primary = row.candidate.getAgency();
    Set<Agency> additional = new HashSet<>();
    if (!value.equalsIgnoreCase("NONE")) {
      for (String part : value.split("[;|]")) {
        String code = part.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
          continue;
        }
        Agency other = row.context.allAgencies().get(code);
        if (other == null) {
          row.problem(
              "additional_agencies",
              "\"" + part.strip() + "\" is not an agency code; separate several with ;");
        } else if (other.getId().equals(primary.getId())) {
          row.problem(
              "additional_agencies",
              "\""
                  + code
                  + "\" is the counselor's own agency (agency_code); list only other agencies");
        } else if (!other.isActive()
            && (row.existing == null || !row.existing.serves(other.getId()))) {
          row.problem("additional_agencies", "\"" + code + "\" is not an active agency");
        } else {
          additional.add(other);
        }
      }
    }
    row.candidate.setAdditionalAgencies(additional);
  }

  private static <E extends Enum<E>> E choice(
      Class<E> type, String text, Function<E, String> label) {
    String normal = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(normal) || label.apply(value).equalsIgnoreCase(text.strip())) {
        return value;
      }
    }
    return null;
  }
}
