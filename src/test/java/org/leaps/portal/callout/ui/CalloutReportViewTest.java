package org.leaps.portal.callout.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.NativeTable;
import org.junit.jupiter.api.Test;
import org.leaps.portal.callout.CalloutService;
import org.leaps.portal.callout.CalloutSummary;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Use case: the director shows response figures: each chart has a table beside it, small counts
 * read "<5", and the printable page has the tables without the charts.
 */
class CalloutReportViewTest extends CalloutUiTest {

  @Autowired CalloutService callouts;

  @Test
  void chartsHaveTablesAndSmallCountsAreSuppressed() {
    CalloutSummary opened = data.open("GULFPORT-PD", data.unusedZip(), 1);
    callouts.close(opened.id());
    signIn.as(SignIn.DIRECTOR);
    CalloutReportView view = navigate(CalloutReportView.class);
    assertThat(view.totals.getText()).contains("callouts from").contains("\"<5\"");
    var charts = view.content.getElement().getChildren().toList();
    assertThat(view.content.getElement().getOuterHTML()).contains("report-chart");
    var tables = $(NativeTable.class, view.content).all();
    assertThat(tables).hasSizeGreaterThanOrEqualTo(5);
    String text = view.content.getElement().getTextRecursively();
    assertThat(text).contains("By category").contains("Officer-involved shooting");
    assertThat(charts).isNotEmpty();
    if (view.report().callouts() < 5) {
      assertThat(view.totals.getText()).startsWith("<5 callouts");
    }

    navigate("callouts/reports/print", CalloutReportView.class);
    CalloutReportView printable = $(CalloutReportView.class).single();
    assertThat(printable.content.getElement().getOuterHTML()).doesNotContain("report-chart");
    assertThat($(NativeTable.class, printable.content).all()).hasSizeGreaterThanOrEqualTo(5);
  }
}
