package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.ImportPreview.Problem;
import org.leaps.portal.counselor.RosterFilter;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Use case: a liaison uploads a file with mistakes and sees each one; nothing is imported. */
class ImportPreviewErrorsTest extends RosterUiTest {

  @Autowired CounselorService service;

  @Test
  void everyProblemIsListedWithRowAndColumnAndImportIsNotOffered() throws Exception {
    signIn.as(SignIn.LIAISON_GULFPORT);
    RosterImportView view = navigate(RosterImportView.class);
    byte[] data;
    try (var in = getClass().getResourceAsStream("/csv/hostile/bad-values.csv")) {
      data = in.readAllBytes();
    }
    test(view.upload).upload("bad-values.csv", "text/csv", data);

    assertThat(view.summary.getText())
        .startsWith("11 rows read from bad-values.csv (UTF-8). 11 problems found.")
        .contains("Nothing will be imported");
    var problems = test(view.problems);
    assertThat(problems.size()).isEqualTo(11);
    assertThat(problems.getCellText(0, 0)).isEqualTo("2");
    assertThat(problems.getCellText(0, 1)).isEqualTo("first_name");
    assertThat(problems.getCellText(0, 2)).isEqualTo("first name is required");
    assertThat(problems.getRow(3))
        .isEqualTo(new Problem(5, "basic_course_date", "the course date cannot be in the future"));
    assertThat(view.confirm.isVisible()).isFalse();
    assertThat(view.outcomes.isVisible()).isFalse();
    assertThat(
            service.page(
                RosterFilter.none().withName("bad.phone@test.invalid"), PageRequest.of(0, 1)))
        .isEmpty();
  }

  @Test
  void anEmptyFileSaysSo() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    RosterImportView view = navigate(RosterImportView.class);
    test(view.upload).upload("empty.csv", "text/csv", new byte[0]);
    assertThat(test(view.problems).getRow(0))
        .isEqualTo(new Problem(1, "file", "the file is empty"));
    assertThat(view.confirm.isVisible()).isFalse();
  }
}
