package org.leaps.portal.counselor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.ImportPreview.Problem;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The hostile CSV set (src/test/resources/csv/hostile): each file is refused with a clear report.
 */
@PortalTest
class HostileCsvTest {

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

  static byte[] resource(String name) {
    try (var in = HostileCsvTest.class.getResourceAsStream("/csv/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ImportPreview refused(String name) {
    byte[] data = resource("hostile/" + name);
    ImportPreview preview = service.previewImport(name, data);
    assertThat(preview.clean()).as(name).isFalse();
    long before = service.count(RosterFilter.none());
    assertThatThrownBy(() -> service.commitImport(name, data, n -> {}))
        .isInstanceOf(ImportRejectedException.class);
    assertThat(service.count(RosterFilter.none()))
        .as("nothing imported from " + name)
        .isEqualTo(before);
    return preview;
  }

  @Test
  void emptyAndHeaderOnlyFiles() {
    assertThat(refused("empty.csv").problems())
        .containsExactly(new Problem(1, "file", "the file is empty"));
    assertThat(refused("header-only.csv").problems())
        .containsExactly(new Problem(2, "file", "the file has a header but no counselor rows"));
  }

  @Test
  void wrongColumnsNameEachUnknownAndMissingColumn() {
    List<Problem> problems = refused("wrong-columns.csv").problems();
    assertThat(problems).extracting(Problem::row).containsOnly(1);
    // "First Name" is read as first_name; the others are named.
    assertThat(problems)
        .extracting(Problem::column)
        .containsExactly("column 2", "column 3", "last_name", "home_county", "email");
    assertThat(problems.getFirst().message()).startsWith("unknown column \"Surname\"");
  }

  @Test
  void anUnclosedQuoteIsReportedWithItsRow() {
    assertThat(refused("unclosed-quote.csv").problems())
        .anySatisfy(
            p -> assertThat(p).isEqualTo(new Problem(2, "file", "a quoted field is never closed")));
  }

  @Test
  void formulaPayloadsAreRefusedCellByCell() {
    assertThat(refused("formula-payloads.csv").problems())
        .extracting(p -> p.row() + " " + p.column())
        .containsExactly("2 first_name", "3 last_name", "4 badge_number", "5 admin_notes");
  }

  @Test
  void badValuesGetRowColumnAndMessage() {
    List<String> problems =
        refused("bad-values.csv").problems().stream().map(Problem::describe).toList();
    assertThat(problems)
        .containsExactly(
            "Row 2, first_name: first name is required",
            "Row 3, email: enter an email address such as name@agency.ms.gov",
            "Row 4, mobile_phone: enter a phone number such as (601) 555-0123",
            "Row 5, basic_course_date: the course date cannot be in the future",
            "Row 6, first_name: first name can be at most 60 characters",
            "Row 7, home_county: \"Atlantis\" is not a Mississippi county name or FIPS code",
            "Row 8, specialties: \"JUGGLING\" is not a specialty; separate several with ;",
            "Row 9, basic_course_date: \"31.02.2024\" is not a date; write 2025-03-31 or 3/31/2025",
            "Row 10, ce_hours: continuing-education hours cannot be negative",
            "Row 11, status: use ACTIVE, INACTIVE or RETIRED",
            "Row 12, row: has 5 fields, the header has 17");
  }

  @Test
  void duplicatesInTheFileAreReportedAgainstTheFirstRow() {
    assertThat(refused("duplicates.csv").problems())
        .containsExactly(
            new Problem(3, "email", "the same email is already on row 2"),
            new Problem(4, "badge_number", "the same badge number is already on row 2"));
  }

  @Test
  void anotherOrUnknownAgencyIsRefused() {
    assertThat(refused("other-agency.csv").problems())
        .containsExactly(
            new Problem(
                2, "agency_code", "\"HATTIESBURG-PD\" is not an agency code you may import into"));
    assertThat(refused("unknown-agency.csv").problems())
        .extracting(Problem::column)
        .containsExactly("agency_code");
  }

  @Test
  void tenThousandRowsArePreviewedAndOneBadRowNearTheEndStopsThemAll() {
    StringBuilder csv = new StringBuilder("first_name,last_name,home_county,email,badge_number\n");
    for (int i = 0; i < 10_000; i++) {
      csv.append("Bulk,Row")
          .append(i)
          .append(",Harrison,bulk.")
          .append(i)
          .append("@test.invalid,BK")
          .append(i)
          .append('\n');
    }
    long start = System.nanoTime();
    ImportPreview clean =
        service.previewImport("bulk.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("Preview of 10,000 rows: " + millis + " ms");
    assertThat(clean.clean()).isTrue();
    assertThat(clean.rows()).isEqualTo(10_000);
    assertThat(clean.count(ImportPreview.Action.NEW)).isEqualTo(10_000);

    String bad = csv.toString().replace("bulk.9998@test.invalid", "bulk.9998-at-test.invalid");
    byte[] data = bad.getBytes(StandardCharsets.UTF_8);
    ImportPreview preview = service.previewImport("bulk.csv", data);
    assertThat(preview.problems())
        .containsExactly(
            new Problem(10_000, "email", "enter an email address such as name@agency.ms.gov"));
    assertThatThrownBy(() -> service.commitImport("bulk.csv", data, n -> {}))
        .isInstanceOf(ImportRejectedException.class);
    assertThat(
            service.page(RosterFilter.none().withName("bulk.1@test.invalid"), PageRequest.of(0, 1)))
        .isEmpty();
  }
}
