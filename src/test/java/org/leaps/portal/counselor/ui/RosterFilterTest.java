package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.CertificationStatus;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorStatus;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.counselor.RosterRow;
import org.leaps.portal.counselor.Specialty;
import org.leaps.portal.testsupport.SignIn;

/** Use case: a liaison narrows the roster with each filter. */
class RosterFilterTest extends RosterUiTest {

  @Test
  void theFoldedFiltersAreMadeWhenMoreFiltersIsFirstOpened() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    RosterView view = navigate(RosterView.class);
    assertThat($(ComboBox.class).all()).as("nothing built while folded").isEmpty();
    assertThat($(Details.class).id("roster-more-filters").isOpened()).isFalse();

    RosterView.MoreFilters filters = view.moreFilters();
    assertThat($(Details.class).id("roster-more-filters").isOpened()).isTrue();
    assertThat($(ComboBox.class).all())
        .filteredOn(ComboBox::isVisible)
        .extracting(ComboBox::getLabel)
        .containsExactly("Home county", "Region", "Status", "Certification", "Specialty");
    assertThat(view.moreFilters()).as("built once").isSameAs(filters);
  }

  @Test
  void nameStatusCertificationSpecialtyCountyAndRegionFilterInTheDatabase() {
    String last = RosterFixtures.unique("Filterby");
    Counselor lapsed = fixtures.draft("GULFPORT-PD", last);
    lapsed.setRecertificationDue(LocalDate.now().minusDays(3));
    lapsed.setSpecialties(EnumSet.of(Specialty.CHILD_DEATH, Specialty.DISASTER));
    save(lapsed);
    signIn.as(SignIn.LIAISON_GULFPORT);
    RosterView view = navigate(RosterView.class);
    var grid = test(view.grid);

    test(view.name).setValue(last);
    assertThat(grid.size()).isEqualTo(1);
    assertThat(grid.getRow(0).lastName()).isEqualTo(last);
    assertThat(grid.getCellText(0, visibleIndex(view.grid, "certification"))).contains("lapsed");

    test(view.name).setValue("Test " + last.substring(0, 6));
    assertThat(grid.size()).isGreaterThanOrEqualTo(1);
    test(view.name).setValue(last);

    test(view.moreFilters().status).selectItem(CounselorStatus.INACTIVE.label());
    assertThat(grid.size()).isZero();
    test(view.moreFilters().status).selectItem(CounselorStatus.ACTIVE.label());
    assertThat(grid.size()).isEqualTo(1);

    test(view.moreFilters().certification).selectItem(CertificationStatus.CURRENT.label());
    assertThat(grid.size()).isZero();
    test(view.moreFilters().certification).selectItem(CertificationStatus.LAPSED.label());
    assertThat(grid.size()).isEqualTo(1);

    test(view.moreFilters().specialty).selectItem(Specialty.LINE_OF_DUTY_DEATH.label());
    assertThat(grid.size()).isZero();
    test(view.moreFilters().specialty).selectItem(Specialty.DISASTER.label());
    assertThat(grid.size()).isEqualTo(1);

    test(view.moreFilters().county).selectItem("Forrest");
    assertThat(grid.size()).isZero();
    test(view.moreFilters().county).selectItem("Harrison");
    assertThat(grid.size()).isEqualTo(1);
    RosterRow row = grid.getRow(0);
    assertThat(row.countyName()).isEqualTo("Harrison");

    test(view.moreFilters().region).selectItem(row.regionName());
    assertThat(grid.size()).isEqualTo(1);

    test(view.name).setValue("");
    view.moreFilters().certification.clear();
    view.moreFilters().specialty.clear();
    view.moreFilters().county.clear();
    view.moreFilters().region.clear();
    view.moreFilters().status.clear();
    assertThat(grid.size()).isGreaterThan(1);
  }

  @Test
  void certificationFilterAgreesWithTheRowsShown() {
    signIn.as(SignIn.DIRECTOR);
    RosterView view = navigate(RosterView.class);
    var grid = test(view.grid);
    for (CertificationStatus status : CertificationStatus.values()) {
      test(view.moreFilters().certification).selectItem(status.label());
      for (int i = 0; i < Math.min(grid.size(), 30); i++) {
        assertThat(grid.getRow(i).certification(service.today())).isEqualTo(status);
      }
    }
  }

  private Counselor save(Counselor c) {
    return org.leaps.portal.security.SystemAccess.call(() -> service.create(c));
  }

  @org.springframework.beans.factory.annotation.Autowired
  org.leaps.portal.counselor.CounselorService service;
}
