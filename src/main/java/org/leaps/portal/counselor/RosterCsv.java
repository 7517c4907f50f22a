package org.leaps.portal.counselor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader and writer for roster files: comma separated, double quotes around fields
 * that hold commas, quotes or line breaks, quotes doubled inside. Reads UTF-8 (with or without a
 * byte-order mark) and falls back to Windows-1252, which spreadsheet programs on Windows still
 * write.
 */
public final class RosterCsv {

  /** The columns of a roster file, in template order. */
  public static final List<String> COLUMNS =
      List.of(
          "first_name",
          "last_name",
          "rank",
          "badge_number",
          "agency_code",
          "additional_agencies",
          "home_county",
          "email",
          "work_phone",
          "mobile_phone",
          "status",
          "specialties",
          "basic_course_date",
          "certifying_body",
          "designation_date",
          "recertification_due",
          "ce_hours",
          "admin_notes");

  /** Columns every file must have. */
  public static final List<String> REQUIRED =
      List.of("first_name", "last_name", "home_county", "email");

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private RosterCsv() {}

  /** Text and the encoding it was read in. */
  record Decoded(String text, String encoding) {}

  /** One record and the spreadsheet row it starts on (the header is row 1). */
  record Record(int row, List<String> cells) {}

  /** A syntax problem, such as a quote that is never closed. */
  record SyntaxError(int row, String message) {}

  record Parsed(List<Record> records, List<SyntaxError> errors) {}

  static Decoded decode(byte[] data) {
    int start = 0;
    if (data.length >= 3
        && (data[0] & 0xff) == 0xef
        && (data[1] & 0xff) == 0xbb
        && (data[2] & 0xff) == 0xbf) {
      start = 3;
    }
    ByteBuffer bytes = ByteBuffer.wrap(data, start, data.length - start);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(bytes)
              .toString();
      return new Decoded(text, "UTF-8");
    } catch (CharacterCodingException notUtf8) {
      return new Decoded(new String(data, WINDOWS_1252), "Windows-1252");
    }
  }

  /** Splits text into records; a line break inside quotes belongs to the field. */
  static Parsed parse(String text) {
    List<Record> records = new ArrayList<>();
    List<SyntaxError> errors = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int recordStart = 1;
    boolean quoted = false;
    boolean afterQuote = false;
    boolean recordHasContent = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            cell.append('"');
            i += 2;
            continue;
          }
          quoted = false;
          afterQuote = true;
        } else {
          if (ch == '\n') {
            line++;
          }
          cell.append(ch);
        }
        i++;
        continue;
      }
      if (ch == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        afterQuote = false;
        recordHasContent = true;
      } else if (ch == '\r' || ch == '\n') {
        if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (recordHasContent || cell.length() > 0 || afterQuote) {
          cells.add(cell.toString());
          records.add(new Record(recordStart, List.copyOf(cells)));
        }
        cells.clear();
        cell.setLength(0);
        afterQuote = false;
        recordHasContent = false;
        line++;
        recordStart = line;
      } else if (ch == '"') {
        if (cell.length() == 0 && !afterQuote) {
          quoted = true;
          recordHasContent = true;
        } else {
          errors.add(
              new SyntaxError(
                  recordStart,
                  "a double quote in the middle of a field; put the whole field in quotes and double the quote"));
          cell.append(ch);
        }
      } else {
        if (afterQuote) {
          errors.add(
              new SyntaxError(
                  recordStart, "text after a closing quote; a quoted field must end at a comma"));
          afterQuote = false;
        }
        cell.append(ch);
      }
      i++;
    }
    if (quoted) {
      errors.add(new SyntaxError(recordStart, "a quoted field is never closed"));
    }
    if (recordHasContent || cell.length() > 0 || afterQuote) {
      cells.add(cell.toString());
      records.add(new Record(recordStart, List.copyOf(cells)));
    }
    return new Parsed(records, errors);
  }

  /**
   * Makes a cell safe to open in a spreadsheet: a value that starts with = + - @ (or a tab or
   * carriage return) would run as a formula, so it gets a leading apostrophe.
   */
  public static String neutralise(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    if (first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r') {
      return "'" + value;
    }
    return value;
  }

  /** Undoes {@link #neutralise} when a file written by the portal is read back. */
  static String unneutralise(String value) {
    if (value.length() >= 2
        && value.charAt(0) == '\''
        && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
      return value.substring(1);
    }
    return value;
  }

  /** True for a value a spreadsheet would run as a formula. */
  static boolean looksLikeFormula(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }

  /** Writes one record, neutralised and quoted as needed, ending with CRLF. */
  static void writeRecord(Writer out, List<String> values) {
    try {
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(quote(neutralise(values.get(i))));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quote(String value) {
    if (value.indexOf(',') >= 0
        || value.indexOf('"') >= 0
        || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }

  /** The template: the header and one fictional example row. */
  public static String template() {
    var out = new java.io.StringWriter();
    writeRecord(out, COLUMNS);
    writeRecord(
        out,
        List.of(
            "Jordan",
            "Sample",
            "Sergeant",
            "1234",
            "GULFPORT-PD",
            "GULFPORT-SD-PD",
            "Harrison",
            "jordan.sample@example.invalid",
            "(228) 555-0100",
            "(228) 555-0101",
            "ACTIVE",
            "OFFICER_INVOLVED_SHOOTING;LINE_OF_DUTY_DEATH",
            "2024-03-15",
            "DEPARTMENT_OF_PUBLIC_SAFETY",
            "2024-04-01",
            "2027-03-15",
            "8",
            "Prefers text messages"));
    return out.toString();
  }
}
