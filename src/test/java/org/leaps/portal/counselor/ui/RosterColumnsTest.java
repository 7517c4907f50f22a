package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.SortDirection;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leaps.portal.base.ui.FixedColumnsGrid;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.counselor.TestLiaison;
import org.leaps.portal.security.AccessScope;
import org.leaps.portal.testsupport.SignIn;

/**
 * Use case: which roster columns a viewer gets (decision 121). A liaison whose scope is one agency
 * has no Agency column, and a counselor shared with another agency says so under the name; the
 * director has the column and sorts by it. Every column still sorts in the database.
 */
class RosterColumnsTest extends RosterUiTest {

  @Test
  void theAgencyColumnIsForViewersWhoseRowsCanBelongToDifferentAgencies() {
    assertThat(RosterView.agencyTellsRowsApart(AccessScope.wholeState())).isTrue();
    assertThat(RosterView.agencyTellsRowsApart(AccessScope.agencies(Set.of(1L, 2L)))).isTrue();
    assertThat(RosterView.agencyTellsRowsApart(AccessScope.agencies(Set.of(1L)))).isFalse();
    assertThat(RosterView.agencyTellsRowsApart(AccessScope.nothing())).isFalse();
  }

  @Test
  void aOneAgencyLiaisonGetsEveryColumnButAgencyAndEachSorts() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    RosterView view = navigate(RosterView.class);
    assertThat(view.grid.getColumns())
        .extracting(c -> c.getHeaderText())
        .containsExactly(
            "Name", "Rank", "Badge", "County", "Region", "Status", "Recertification", "Privilege");
    assertThat(view.grid.getColumnByKey("agency")).isNull();
    assertThat(view.grid.getColumns()).allMatch(c -> c instanceof FixedColumnsGrid.FixedColumn);
    var grid = test(view.grid);
    int rows = grid.size();
    for (int i = 0; i < view.grid.getColumns().size(); i++) {
      grid.sortByColumn(i, SortDirection.DESCENDING);
      assertThat(grid.size()).as(view.grid.getColumns().get(i).getHeaderText()).isEqualTo(rows);
    }
  }

  @Test
  void theDirectorGetsTheAgencyColumnAndSortsByIt() {
    signIn.as(SignIn.DIRECTOR);
    RosterView view = navigate(RosterView.class);
    assertThat(view.grid.getColumns())
        .extracting(c -> c.getHeaderText())
        .containsExactly(
            "Name",
            "Rank",
            "Badge",
            "Agency",
            "County",
            "Region",
            "Status",
            "Recertification",
            "Privilege");
    var grid = test(view.grid);
    int agency = visibleIndex(view.grid, "agency");
    grid.sortByColumn(agency, SortDirection.ASCENDING);
    String first = grid.getRow(0).agencyName();
    grid.sortByColumn(agency, SortDirection.DESCENDING);
    String last = grid.getRow(0).agencyName();
    assertThat(first.compareToIgnoreCase(last)).isNegative();
    assertThat(cellValue(view.grid.getColumns().getFirst(), "agency", grid.getRow(0)))
        .as("the column says it, the name cell does not repeat it")
        .isNull();
  }

  @Test
  void aCounselorSharedWithAnotherAgencyNamesItsAgencyUnderTheName() {
    var home = fixtures.newAgency("Columns A");
    var shared = fixtures.newAgency("Columns B");
    String sharedName = RosterFixtures.unique("Zzcolumnsshared");
    String ownName = RosterFixtures.unique("Zzcolumnsown");
    fixtures.savedIn(home, Set.of(shared), sharedName, c -> {});
    fixtures.savedIn(shared, Set.of(), ownName, c -> {});

    TestLiaison.signInFor(shared);
    RosterView view = navigate(RosterView.class);
    assertThat(view.grid.getColumnByKey("agency")).isNull();
    var nameColumn = view.grid.getColumns().getFirst();
    test(view.name).setValue(sharedName);
    assertThat(cellValue(nameColumn, "agency", test(view.grid).getRow(0)))
        .isEqualTo(home.getName() + " +1");
    test(view.name).setValue(ownName);
    assertThat(test(view.grid).size()).isOne();
    assertThat(cellValue(nameColumn, "agency", test(view.grid).getRow(0))).isNull();
  }
}
