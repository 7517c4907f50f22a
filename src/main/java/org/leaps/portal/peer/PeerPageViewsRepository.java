package org.leaps.portal.peer;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PeerPageViewsRepository extends JpaRepository<PeerPageViews, LocalDate> {

  /**
   * Adds one view to the day in a single statement: the first view of a day inserts the row, every
   * later one increments it in the database, so concurrent views on several nodes never lose a
   * count.
   */
  @Modifying
  @Query(
      value =
          "insert into peer_page_views (view_date, view_count) values (:day, 1)"
              + " on duplicate key update view_count = view_count + 1",
      nativeQuery = true)
  int countOneView(@Param("day") LocalDate day);

  List<PeerPageViews> findByDateGreaterThanEqualOrderByDateDesc(LocalDate from);
}
