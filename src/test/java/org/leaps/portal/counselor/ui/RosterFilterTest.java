package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

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

    test(view.status).selectItem(CounselorStatus.INACTIVE.label());
    assertThat(grid.size()).isZero();
    test(view.status).selectItem(CounselorStatus.ACTIVE.label());
    assertThat(grid.size()).isEqualTo(1);

    test(view.certification).selectItem(CertificationStatus.CURRENT.label());
    assertThat(grid.size()).isZero();
    test(view.certification).selectItem(CertificationStatus.LAPSED.label());
    assertThat(grid.size()).isEqualTo(1);

    test(view.specialty).selectItem(Specialty.LINE_OF_DUTY_DEATH.label());
    assertThat(grid.size()).isZero();
    test(view.specialty).selectItem(Specialty.DISASTER.label());
    assertThat(grid.size()).isEqualTo(1);

    test(view.county).selectItem("Forrest");
    assertThat(grid.size()).isZero();
    test(view.county).selectItem("Harrison");
    assertThat(grid.size()).isEqualTo(1);
    RosterRow row = grid.getRow(0);
    assertThat(row.countyName()).isEqualTo("Harrison");

    test(view.region).selectItem(row.regionName());
    assertThat(grid.size()).isEqualTo(1);

    test(view.name).setValue("");
    view.certification.clear();
    view.specialty.clear();
    view.county.clear();
    view.region.clear();
    view.status.clear();
    assertThat(grid.size()).isGreaterThan(1);
  }

  @Test
  void certificationFilterAgreesWithTheRowsShown() {
    signIn.as(SignIn.DIRECTOR);
    RosterView view = navigate(RosterView.class);
    var grid = test(view.grid);
    for (CertificationStatus status : CertificationStatus.values()) {
      test(view.certification).selectItem(status.label());
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
