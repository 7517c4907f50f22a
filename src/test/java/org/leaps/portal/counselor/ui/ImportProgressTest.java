package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.agency.AgencyType;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.RosterFilter;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.security.SystemAccess;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Use case: the director imports a file of 600 rows; it is saved on a background thread while a
 * progress bar shows, and the page reports the result when the transaction is done. Into an agency
 * made by the test, so no demo roster grows.
 */
class ImportProgressTest extends RosterUiTest {

  @Autowired CounselorService service;
  @Autowired AgencyService agencies;

  @Test
  void aLargeFileImportsInTheBackgroundWithAProgressBar() throws Exception {
    String code = "T-" + RosterFixtures.unique("").substring(0, 8).toUpperCase();
    Agency agency =
        SystemAccess.call(() ->
            agencies.create(
                new Agency(
                    code, "Progress Test " + code, AgencyType.OTHER, fixtures.county("Harrison"))));
    int rows = RosterImportView.BACKGROUND_ROWS + 100;
    var csv = new StringBuilder("first_name,last_name,agency_code,home_county,email\n");
    for (int i = 0; i < rows; i++) {
      csv.append("Pat,Progress")
          .append(i)
          .append(',')
          .append(code)
          .append(",Harrison,p")
          .append(i)
          .append('.')
          .append(code.toLowerCase())
          .append("@test.invalid\n");
    }

    signIn.as(SignIn.DIRECTOR);
    RosterImportView view = navigate(RosterImportView.class);
    test(view.upload)
        .upload("big.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(view.summary.getText()).contains("No problems: " + rows + " new");
    assertThat(view.progress.isVisible()).isFalse();

    test(view.confirm).click();
    // The click returns at once: the rows are saved on a background thread.
    assertThat(view.progress.isVisible()).isTrue();
    assertThat(view.progress.getMax()).isEqualTo(rows);
    assertThat(view.confirm.isEnabled()).isFalse();
    assertThat(view.progressText.getText()).startsWith("Importing…");

    List<String> seen = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!view.progressText.getText().startsWith("Imported") && System.nanoTime() < deadline) {
      // The test holds the session lock: run the UI.access tasks the import thread queued.
      var session = com.vaadin.flow.server.VaadinSession.getCurrent();
      session.getService().runPendingAccessTasks(session);
      roundTrip();
      seen.add(view.progressText.getText());
      Thread.sleep(100);
    }
    assertThat(view.progressText.getText())
        .isEqualTo("Imported " + rows + " rows: " + rows + " new, 0 updated.");
    assertThat(view.progress.isVisible()).isFalse();
    assertThat(seen)
        .filteredOn(t -> t.startsWith("Saved "))
        .allSatisfy(t -> assertThat(t).endsWith(" of " + rows + " rows…"));
    assertThat(service.count(RosterFilter.none().withAgency(agency.getId()))).isEqualTo(rows);
  }
}
