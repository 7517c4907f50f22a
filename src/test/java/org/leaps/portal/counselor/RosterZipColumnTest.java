package org.leaps.portal.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.ImportPreview.Action;
import org.leaps.portal.counselor.ImportPreview.Problem;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The roster file's {@code zip} column (home or duty ZIP, for callout distances): in the template
 * and the export, imported onto the record, and refused row by row, naming the column, when it is
 * not a Mississippi ZIP (the same rule as the record form).
 */
@PortalTest
class RosterZipColumnTest {

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

  private static String email(String name) {
    return RosterFixtures.unique(name + ".") + "@test.invalid";
  }

  @Test
  void theTemplateHasTheZipColumnAfterTheHomeCounty() {
    String header = RosterCsv.template().lines().findFirst().orElseThrow();
    assertThat(header).contains("home_county,zip,email");
    assertThat(RosterCsv.template().lines().skip(1).findFirst().orElseThrow()).contains(",39501,");
  }

  @Test
  void aZipThatIsNotTheStatesIsRefusedWithRowAndColumn() {
    String csv =
        "first_name,last_name,home_county,zip,email\n"
            + "Good,Zip,Harrison,39501,"
            + email("goodzip")
            + "\n"
            + "Far,Away,Harrison,90210,"
            + email("farzip")
            + "\n"
            + "Not,Digits,Harrison,3950x,"
            + email("letterzip")
            + "\n";
    ImportPreview preview = service.previewImport("zip.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(preview.problems().stream().map(Problem::describe))
        .containsExactly(
            "Row 3, zip: enter a Mississippi ZIP code such as 39501",
            "Row 4, zip: enter a Mississippi ZIP code such as 39501");
  }

  @Test
  void anImportedZipIsStoredAndExportedAgain() {
    String mail = email("zipped");
    String csv =
        "first_name,last_name,home_county,zip,email\n" + "Zip,Stored,Harrison,39530," + mail + "\n";
    byte[] data = csv.getBytes(StandardCharsets.UTF_8);
    ImportPreview preview = service.previewImport("zip.csv", data);
    assertThat(preview.problems()).isEmpty();
    assertThat(preview.count(Action.NEW)).isEqualTo(1);
    service.commitImport(preview, data, n -> {});

    var out = new StringWriter();
    service.exportCsv(RosterFilter.none(), out);
    assertThat(out.toString().lines().filter(l -> l.contains(mail)))
        .singleElement()
        .satisfies(line -> assertThat(line).contains(",Harrison,39530," + mail));
  }
}
