package org.leaps.portal.peer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The Find a peer page-view count of one day, for grant reports. Deliberately only a date and a
 * number: no person, session, address or time of day.
 */
@Entity
@Table(name = "peer_page_views")
class PeerPageViews {

  @Id
  @Column(name = "view_date")
  private LocalDate date;

  @Column(name = "view_count", nullable = false)
  private long views;

  protected PeerPageViews() {}

  DailyViews toRecord() {
    return new DailyViews(date, views);
  }
}
