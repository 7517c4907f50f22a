package org.leaps.portal.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RFC 4180 reader and writer on their own. */
class RosterCsvTest {

  @Test
  void quotedCommasQuotesAndLineBreaksStayInTheirField() {
    var parsed =
        RosterCsv.parse("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"line1\nline2\",x,\r\nlast,row,here");
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.records()).hasSize(3);
    assertThat(parsed.records().get(0).cells()).containsExactly("a", "b,c", "say \"hi\"");
    assertThat(parsed.records().get(1).cells()).containsExactly("line1\nline2", "x", "");
    assertThat(parsed.records().get(2).row())
        .as("spreadsheet row after a quoted line break")
        .isEqualTo(4);
  }

  @Test
  void anUnclosedQuoteOrTextAfterAQuoteIsASyntaxError() {
    assertThat(RosterCsv.parse("a,\"open\n").errors())
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("never closed"));
    assertThat(RosterCsv.parse("\"a\"b,c").errors())
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("after a closing quote"));
  }

  @Test
  void utf8WithBomAndWindows1252AreBothRead() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'Z', (byte) 0xc3, (byte) 0xab};
    assertThat(RosterCsv.decode(bom)).isEqualTo(new RosterCsv.Decoded("Zë", "UTF-8"));
    byte[] cp1252 = "Zoë “q”".getBytes(RosterCsv.WINDOWS_1252);
    assertThat(RosterCsv.decode(cp1252))
        .isEqualTo(new RosterCsv.Decoded("Zoë “q”", "Windows-1252"));
    assertThat(RosterCsv.decode("plain".getBytes(StandardCharsets.UTF_8)).encoding())
        .isEqualTo("UTF-8");
  }

  @Test
  void formulaCellsAreNeutralisedAndQuotedOnExport() {
    var out = new StringWriter();
    RosterCsv.writeRecord(
        out, List.of("=1+1", "+49", "-x", "@SUM(A1)", "plain", "a,b", "say \"hi\""));
    assertThat(out.toString())
        .isEqualTo("'=1+1,'+49,'-x,'@SUM(A1),plain,\"a,b\",\"say \"\"hi\"\"\"\r\n");
    assertThat(RosterCsv.unneutralise("'+1 601 555 0100")).isEqualTo("+1 601 555 0100");
    assertThat(RosterCsv.unneutralise("'plain")).isEqualTo("'plain");
  }

  @Test
  void theTemplateHasTheHeaderAndAnExampleRow() {
    var parsed = RosterCsv.parse(RosterCsv.template());
    assertThat(parsed.records()).hasSize(2);
    assertThat(parsed.records().getFirst().cells()).isEqualTo(RosterCsv.COLUMNS);
  }
}
