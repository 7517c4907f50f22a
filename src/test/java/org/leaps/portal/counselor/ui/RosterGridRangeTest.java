package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.RosterRow;
import org.leaps.portal.testsupport.SignIn;

/**
 * Use case: the director pages, sorts and filters the roster in any order, as the load run's
 * simulated liaisons do, and never sees a failure. Ranges stay within the rows the grid was told
 * there are, as a browser's grid asks; a range past the end after the filter left fewer rows is
 * what Vaadin's data communicator fails on (see docs/performance/load.md).
 */
class RosterGridRangeTest extends RosterUiTest {

  private static final String[] NAMES = {"Wil", "Bro", "Ha", "Sut", "Porter1", "Ke", "", "Zz"};

  @Test
  void pagingSortingAndFilteringInAnyOrderShowsNoFailure() {
    signIn.as(SignIn.DIRECTOR);
    RosterView view = navigate(RosterView.class);
    var communicator = view.grid.getDataCommunicator();
    communicator.setViewportRange(0, 50);
    roundTrip();
    List<Grid.Column<RosterRow>> columns = view.grid.getColumns();
    Random random = new Random(16);
    for (int round = 0; round < 80; round++) {
      switch (round % 4) {
        case 0, 2 -> {
          int pages = Math.max(1, (communicator.getItemCount() + 49) / 50);
          communicator.setViewportRange(random.nextInt(pages) * 50, 50);
        }
        case 1 ->
            view.grid.sort(
                List.of(
                    new GridSortOrder<>(
                        columns.get(random.nextInt(columns.size())),
                        random.nextBoolean()
                            ? SortDirection.ASCENDING
                            : SortDirection.DESCENDING)));
        default -> view.name.setValue(NAMES[random.nextInt(NAMES.length)]);
      }
      roundTrip();
      assertThat($(Notification.class).all())
          .as("round %d", round)
          .noneMatch(n -> "failure-notification".equals(n.getId().orElse(null)));
    }
    view.name.setValue("");
    roundTrip();
    assertThat(view.total.getText()).matches("[0-9,]+ counselors");
  }
}
