package org.leaps.portal.availability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.leaps.portal.alert.QuietHoursPolicy;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.security.CounselorDirectory.CounselorLink;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether counselors are in the quiet hours they set on their availability page: the one place that
 * answers it, for alerts (as their {@link QuietHoursPolicy}: only critical alerts interrupt then)
 * and for any screen that shows "in quiet hours now". Quiet hours are wall-clock times in the
 * program's time zone; they may run past midnight, and they never change anyone's status.
 *
 * <p>Read from the database, not the in-memory index, so a change made on another node counts at
 * once. It answers only yes or no about quiet hours, never what else a counselor set.
 */
@Component
@Transactional(readOnly = true)
public class QuietHours implements QuietHoursPolicy {

  private final CounselorAvailabilityRepository repository;
  private final CounselorService counselors;
  private final Clock clock;

  QuietHours(CounselorAvailabilityRepository repository, CounselorService counselors, Clock clock) {
    this.repository = repository;
    this.counselors = counselors;
    this.clock = clock;
  }

  /** The rule: inside [start, end), or across midnight when end is before start; none if unset. */
  static boolean covers(LocalTime start, LocalTime end, LocalTime time) {
    if (start == null || end == null || start.equals(end)) {
      return false;
    }
    if (start.isBefore(end)) {
      return !time.isBefore(start) && time.isBefore(end);
    }
    return !time.isBefore(start) || time.isBefore(end);
  }

  /** Whether this counselor is in quiet hours at {@code at}. */
  public boolean isQuiet(Long counselorId, Instant at) {
    return counselorId != null && !quietAmong(List.of(counselorId), at).isEmpty();
  }

  /** Those of these counselors who are in quiet hours now (one query for a whole page). */
  public Set<Long> quietNow(Collection<Long> counselorIds) {
    return quietAmong(counselorIds, clock.instant());
  }

  private Set<Long> quietAmong(Collection<Long> counselorIds, Instant at) {
    Set<Long> quiet = new HashSet<>();
    if (counselorIds.isEmpty()) {
      return quiet;
    }
    LocalTime time = at.atZone(AvailabilityService.ZONE).toLocalTime();
    for (Object[] row : repository.quietHoursOf(counselorIds)) {
      if (covers((LocalTime) row[1], (LocalTime) row[2], time)) {
        quiet.add((Long) row[0]);
      }
    }
    return quiet;
  }

  /**
   * For alerts: a person is matched by their counselor record, or by email when the account is not
   * linked to one (a liaison who also serves as a counselor). Others have no quiet hours.
   */
  @Override
  public boolean inQuietHours(String email, Long counselorId, Instant at) {
    Long id = counselorId;
    if (id == null && email != null && !email.isBlank()) {
      id = counselors.findByEmail(email).map(CounselorLink::counselorId).orElse(null);
    }
    return isQuiet(id, at);
  }
}
