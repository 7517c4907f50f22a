package org.leaps.portal.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.counselor.TestLiaison;
import org.leaps.portal.training.CurrencyWindow;

/**
 * Use case: a liaison sees their agency's counselors by window (expiring within 30 days first),
 * switches to lapsed, and exports the CSV.
 */
class CurrentAndExpiringTest extends TrainingUiTest {

  @Test
  void aLiaisonSeesTheWindowsOfTheirAgencyAndExportsThem() throws Exception {
    Agency agency = fixtures.agency("Windows");
    fixtures.counselor(agency, "Soonest", fixtures.today().plusDays(2));
    fixtures.counselor(agency, "Gone", fixtures.today().minusDays(3));
    fixtures.counselor(agency, "Fine", fixtures.today().plusDays(400));
    TestLiaison.signInFor(agency);
    CertificationView view = navigate(CertificationView.class);
    assertThat(view.window.getValue()).isEqualTo(CurrencyWindow.WITHIN_30_DAYS);
    assertThat(test(view.grid).size()).isEqualTo(1);
    assertThat(test(view.grid).getRow(0).counselor().lastName()).isEqualTo("Soonest");
    assertThat(test(view.grid).getCellComponent(0, 1).getElement().getTextRecursively())
        .contains("in 2 days")
        .contains("Privilege-eligible");
    assertThat(view.tiles.getElement().getTextRecursively())
        .contains("1Lapsed")
        .contains("1Expires within 30 days")
        .contains("1Current beyond 90 days");

    view.window.setValue(CurrencyWindow.LAPSED);
    assertThat(test(view.grid).getRow(0).counselor().lastName()).isEqualTo("Gone");
    assertThat(test(view.grid).getCellComponent(0, 1).getElement().getTextRecursively())
        .contains("lapsed 3 days ago")
        .contains("Not privilege-eligible");

    var out = new ByteArrayOutputStream();
    assertThat(view.exportTo(out)).isEqualTo(1);
    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFlast_name,first_name,");
    assertThat(csv).contains("Gone,Test,").contains(",-3,Lapsed,no");
  }
}
