package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.RosterRow;
import org.leaps.portal.testsupport.ShellMenu;
import org.leaps.portal.testsupport.SignIn;

/** Use case: a liaison and the director open the roster. */
class RosterListTest extends RosterUiTest {

  @Test
  void liaisonSeesOnlyTheirAgencyPagedFromTheDatabase() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    RosterView view = navigate(RosterView.class);
    var grid = test(view.grid);
    assertThat(grid.size()).isBetween(1, 200);
    for (int i = 0; i < grid.size(); i++) {
      assertThat(grid.getRow(i).agencyName()).isEqualTo("Gulfport Police Department");
    }
    assertThat(view.total.getText()).endsWith("counselors");
    assertThat(view.moreFilters().agency.isVisible()).as("one agency: no agency filter").isFalse();
    assertThat(ShellMenu.labels($(SideNav.class).single())).contains("Roster");
  }

  @Test
  void everyColumnSortsAndTheBadgeShowsEligibility() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    RosterView view = navigate(RosterView.class);
    var grid = test(view.grid);
    for (var column : view.grid.getColumns()) {
      assertThat(column.isSortable()).as(column.getHeaderText()).isTrue();
    }
    grid.sortByColumn(0, SortDirection.DESCENDING);
    RosterRow first = grid.getRow(0);
    RosterRow last = grid.getRow(grid.size() - 1);
    assertThat(first.lastName().compareToIgnoreCase(last.lastName())).isGreaterThanOrEqualTo(0);
    int badgeColumn = visibleIndex(view.grid, "privilege");
    grid.sortByColumn(badgeColumn, SortDirection.DESCENDING);
    assertThat(cellValue(view.grid.getColumnByKey("privilege"), "label", grid.getRow(0)))
        .isEqualTo("Eligible");
    assertThat(cellValue(view.grid.getColumnByKey("privilege"), "band", grid.getRow(0)))
        .isEqualTo("eligible");
    assertThat(
            grid.getRow(0)
                .privilegeEligible(
                    java.time.LocalDate.now(org.leaps.portal.base.TimeConfiguration.PROGRAM_ZONE)))
        .isTrue();
  }

  @Test
  void directorSeesTheWholeStateAndMayFilterAnyAgency() {
    signIn.as(SignIn.DIRECTOR);
    RosterView view = navigate(RosterView.class);
    assertThat(view.moreFilters().agency.isVisible()).isTrue();
    assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(50);
    assertThat(view.total.getText()).matches("[0-9,]+ counselors");
    long total = Long.parseLong(view.total.getText().replaceAll("[^0-9]", ""));
    assertThat(total).isGreaterThanOrEqualTo(800);
    test(view.moreFilters().agency).selectItem("Hattiesburg Police Department");
    var grid = test(view.grid);
    assertThat(grid.size()).isPositive();
    assertThat(grid.getRow(0).agencyName()).isEqualTo("Hattiesburg Police Department");
  }

  @Test
  void aCounselorCannotOpenTheRoster() {
    signIn.as(SignIn.COUNSELOR);
    navigate("", org.leaps.portal.home.ui.HomeView.class);
    assertThat(ShellMenu.labels($(SideNav.class).single())).doesNotContain("Roster", "Audit");
  }
}
