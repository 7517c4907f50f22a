package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.CounselorStatus;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.security.SystemAccess;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Use case: a liaison uses the roster on a 360 px phone: only name and privilege columns stay, and
 * an inactive counselor says so under the name; at desktop width every column is back.
 */
class RosterPhoneLayoutTest extends RosterUiTest {

  @Autowired CounselorService service;

  @Test
  void aPhoneShowsNameAndPrivilegeAndTheStatusOfInactivePeopleInTheNameCell() {
    String last = RosterFixtures.unique("Phone");
    Counselor saved = fixtures.saved("GULFPORT-PD", last);
    SystemAccess.run(
        () -> service.deactivate(saved.getId(), saved.getVersion(), CounselorStatus.RETIRED));
    signIn.as(SignIn.LIAISON_GULFPORT);
    RosterView view = navigate(RosterView.class);
    test(view.name).setValue(last);

    view.adapt(360);
    var visible = view.grid.getColumns().stream().filter(c -> c.isVisible()).toList();
    assertThat(visible).extracting(c -> c.getHeaderText()).containsExactly("Name", "Privilege");
    var nameColumn = view.grid.getColumns().getFirst();
    var row = test(view.grid).getRow(0);
    assertThat((String) cellValue(nameColumn, "name", row)).contains(last);
    assertThat(cellValue(nameColumn, "inactive", row)).isEqualTo("Retired");

    view.adapt(1280);
    assertThat(view.grid.getColumns().stream().filter(c -> c.isVisible()).count())
        .as("every column but Agency, which a one-agency liaison does not get")
        .isEqualTo(8);
    assertThat(cellValue(nameColumn, "inactive", test(view.grid).getRow(0))).isNull();
  }
}
