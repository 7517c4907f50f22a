package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.ImportPreview.Action;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Use case: a liaison previews a file that changes a counselor's notes; in another session someone
 * saves a different note on that counselor; the liaison's Import saves nothing, shows the preview
 * again with the row marked, and imports only when confirmed again.
 */
class ImportAfterConcurrentEditTest extends RosterUiTest {

  @Autowired CounselorService service;

  @Test
  void aRecordChangedSinceThePreviewStopsTheImportAndIsMarked() throws Exception {
    Counselor counselor = fixtures.saved("GULFPORT-PD", RosterFixtures.unique("Zzversion"));
    signIn.as(SignIn.LIAISON_GULFPORT);
    RosterImportView view = navigate(RosterImportView.class);
    String csv =
        "first_name,last_name,home_county,email,admin_notes\n"
            + "Test,"
            + counselor.getLastName()
            + ",Harrison,"
            + counselor.getEmail()
            + ",Note from the import file\n";
    test(view.upload).upload("notes.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(view.summary.getText()).endsWith("No problems: 0 new, 1 updated, 0 unchanged.");
    assertThat(test(view.outcomes).getRow(0).version()).isEqualTo(counselor.getVersion());

    // The second session: program staff edit the same counselor in their own tab.
    CompletableFuture.runAsync(
            () -> {
              signIn.as(SignIn.STAFF);
              try {
                Counselor copy = service.findInScope(counselor.getId()).orElseThrow();
                copy.setAdminNotes("Note saved in the second tab");
                service.update(copy);
              } finally {
                signIn.out();
              }
            })
        .get();

    test(view.confirm).click();
    assertThat(view.summary.getText())
        .startsWith(
            "1 counselor was changed by someone else since your preview, so nothing was imported.");
    var marked = test(view.outcomes).getRow(0);
    assertThat(marked.changedSincePreview()).isTrue();
    assertThat(marked.note())
        .isEqualTo("Changed by someone else since your preview; check this row again");
    assertThat(view.progressText.getText()).startsWith("Someone changed a counselor in this file");
    assertThat(service.findInScope(counselor.getId()).orElseThrow().getAdminNotes())
        .as("the second tab's note is kept")
        .isEqualTo("Note saved in the second tab");

    // Having seen the marked row, the liaison confirms again: now the file's note is saved.
    assertThat(view.confirm.isEnabled()).isTrue();
    test(view.confirm).click();
    assertThat(view.progressText.getText()).isEqualTo("Imported 1 rows: 0 new, 1 updated.");
    assertThat(service.findInScope(counselor.getId()).orElseThrow().getAdminNotes())
        .isEqualTo("Note from the import file");
    assertThat(marked.action()).isEqualTo(Action.UPDATE);
  }
}
