package org.leaps.portal.counselor;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Roster files as text: our decoding (UTF-8 with or without a byte-order mark, else Windows-1252,
 * which spreadsheet programs on Windows still write), RFC 4180 reading and writing through Apache
 * Commons CSV, and spreadsheet-formula neutralising. Which columns there are is {@link
 * RosterColumns}' business.
 */
public final class RosterCsv {

  /** The columns of a roster file, in template order. */
  public static final List<String> COLUMNS =
      RosterColumns.ALL.stream().map(RosterColumn::name).toList();

  /** Columns every file must have. */
  public static final List<String> REQUIRED =
      RosterColumns.ALL.stream().filter(RosterColumn::required).map(RosterColumn::name).toList();

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Characters that make a spreadsheet treat a cell as a formula when they come first. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private static final CSVFormat WRITE = CSVFormat.RFC4180;

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

  /**
   * Splits text into records; a line break inside quotes belongs to the field. The reader stops at
   * the first syntax error (the rest of the file cannot be split reliably) and reports it with the
   * row of the record it is in.
   */
  static Parsed parse(String text) {
    List<Record> records = new ArrayList<>();
    List<SyntaxError> errors = new ArrayList<>();
    int[] lineStarts = lineStarts(text);
    int nextRow = 1;
    try (CSVParser parser = READ.parse(new StringReader(text))) {
      for (CSVRecord record : parser) {
        records.add(new Record(rowAt(lineStarts, record.getCharacterPosition()), record.toList()));
        nextRow = (int) parser.getCurrentLineNumber() + 1;
      }
    } catch (IOException | UncheckedIOException e) {
      String detail = String.valueOf(e.getMessage());
      errors.add(
          new SyntaxError(
              nextRow,
              detail.contains("EOF")
                  ? "a quoted field is never closed"
                  : "text after a closing quote; a quoted field must end at a comma"));
    }
    return new Parsed(records, errors);
  }

  /** Where each line of the text starts; CRLF, LF and a lone CR each end a line. */
  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n' || (ch == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  private static int rowAt(int[] lineStarts, long position) {
    int index = Arrays.binarySearch(lineStarts, (int) position);
    return (index >= 0 ? index : -index - 2) + 1;
  }

  /**
   * Makes a cell safe to open in a spreadsheet: a value that starts with = + - @ (or a tab or
   * carriage return) would run as a formula, so it gets a leading apostrophe.
   */
  public static String neutralise(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return looksLikeFormula(value) ? "'" + value : value;
  }

  /** True for a cell the portal neutralised on export: an apostrophe before a formula start. */
  static boolean isNeutralised(String value) {
    return value.length() >= 2
        && value.charAt(0) == '\''
        && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0;
  }

  /** Undoes {@link #neutralise} when a file written by the portal is read back. */
  static String unneutralise(String value) {
    return isNeutralised(value) ? value.substring(1) : value;
  }

  /** True for a value a spreadsheet would run as a formula. */
  static boolean looksLikeFormula(String value) {
    return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
  }

  /** Writes one record, neutralised and quoted as needed, ending with CRLF. */
  static void writeRecord(Writer out, List<String> values) {
    try {
      // Not closed: closing the printer would close the caller's writer.
      var printer = new CSVPrinter(out, WRITE);
      printer.printRecord(values.stream().map(RosterCsv::neutralise));
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template: the header and one fictional example row. */
  public static String template() {
    var out = new StringWriter();
    writeRecord(out, COLUMNS);
    writeRecord(out, RosterColumns.ALL.stream().map(RosterColumn::example).toList());
    return out.toString();
  }
}
