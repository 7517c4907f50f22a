package org.leaps.portal.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.ImportPreview.Problem;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rows with too many fields, hidden characters, impossible dates and emails without a domain are
 * refused row by row, with the column named; nothing is cut short or stored.
 */
@PortalTest
class CsvStrictnessTest {

  private static final String HEADER = "first_name,last_name,home_county,email,admin_notes\n";

  @Autowired SignIn signIn;
  @Autowired RosterFixtures fixtures;
  @Autowired CounselorService service;

  @BeforeEach
  void liaison() {
    fixtures.useThisContextsSecurity();
    signIn.as(SignIn.LIAISON_GULFPORT);
  }

  @AfterEach
  void out() {
    signIn.out();
  }

  private List<String> problems(String csv) {
    ImportPreview preview =
        service.previewImport("strict.csv", csv.getBytes(StandardCharsets.UTF_8));
    return preview.problems().stream().map(Problem::describe).toList();
  }

  private static String email(String name) {
    return RosterFixtures.unique(name + ".") + "@test.invalid";
  }

  @Test
  void aRowWithMoreFieldsThanTheHeaderIsRefusedNotCutShort() {
    String csv =
        HEADER
            + "Ok,Row,Harrison,"
            + email("ok")
            + ",Quoted \"\"fine\"\"\n"
            + "Una,Quoted,Harrison,"
            + email("unquoted")
            + ",Prefers text, never calls after 10pm\n"
            + "Trailing,Empties,Harrison,"
            + email("trailing")
            + ",fine,,\n";
    assertThat(problems(csv))
        .containsExactly(
            "Row 3, row: has 6 fields, the header has 5; put a value that holds a comma in double"
                + " quotes");
  }

  @Test
  void controlDirectionAndZeroWidthCharactersAreRefusedWithTheirCode() {
    String csv =
        HEADER
            + "N\u0000ul,Nul,Harrison,"
            + email("nul")
            + ",\n"
            + "Bel\u0007,Bell,Harrison,"
            + email("bel")
            + ",\n"
            + "Esc,\u001b[31mRed,Harrison,"
            + email("esc")
            + ",\n"
            + "\u202Egnirts,Rtl,Harrison,"
            + email("rtl")
            + ",\n"
            + "Zero\u200Bwidth,Space,Harrison,"
            + email("zw")
            + ",\n"
            + "Multi,Line,Harrison,"
            + email("multi")
            + ",\"Two lines\r\nand\ta tab are fine in notes\"\n";
    assertThat(problems(csv))
        .containsExactly(
            "Row 2, first_name: contains a control character (U+0000); retype the text without it",
            "Row 3, first_name: contains a control character (U+0007); retype the text without it",
            "Row 4, last_name: contains a control character (U+001B); retype the text without it",
            "Row 5, first_name: contains a text-direction override (U+202E); retype the text"
                + " without it",
            "Row 6, first_name: contains an invisible zero-width character (U+200B); retype the"
                + " text without it");
  }

  @Test
  void impossibleDatesAndEmailsWithoutADomainAreRefused() {
    String csv =
        "first_name,last_name,home_county,email,basic_course_date\n"
            + "Feb,Thirty,Harrison,"
            + email("feb")
            + ",2/30/2024\n"
            + "Iso,Thirteen,Harrison,"
            + email("iso")
            + ",2024-13-01\n"
            + "No,Domain,Harrison,a@b,\n"
            + "Leap,Day,Harrison,"
            + email("leap")
            + ",2/29/2024\n";
    assertThat(problems(csv))
        .containsExactly(
            "Row 2, basic_course_date: \"2/30/2024\" is not a real calendar date",
            "Row 3, basic_course_date: \"2024-13-01\" is not a real calendar date",
            "Row 4, email: enter an email address such as name@agency.ms.gov");
  }
}
