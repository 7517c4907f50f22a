package org.leaps.portal.training;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * How the hours log becomes a counselor's training facts (decision 080), the one place that says
 * so. Completing the basic course certifies for {@link #CYCLE_YEARS} years. Every {@link
 * #HOURS_PER_CYCLE} continuing-education hours renew it: on time (on or before the due date) for
 * another cycle from the old due date, late from the day the hours were reached. Whether the
 * counselor is privilege-eligible is not decided here but by the counselor module.
 */
public final class RecertificationRule {

  public static final int CYCLE_YEARS = 2;
  public static final int HOURS_PER_CYCLE = 12;

  private RecertificationRule() {}

  /** One log line as the rule needs it. */
  record Entry(HoursKind kind, int hours, LocalDate completedOn, LocalDate carriedDue) {}

  /**
   * The derived facts.
   *
   * @param hoursTowardRenewal continuing-education hours earned in the current cycle, not yet used
   *     for a renewal
   */
  public record Facts(
      LocalDate basicCourseDate,
      int continuingEducationHours,
      LocalDate recertificationDue,
      int hoursTowardRenewal) {}

  static Facts derive(List<Entry> entries) {
    LocalDate basic = null;
    LocalDate due = null;
    int total = 0;
    int cycle = 0;
    List<Entry> inOrder =
        entries.stream().sorted(Comparator.comparing(Entry::completedOn)).toList();
    for (Entry e : inOrder) {
      switch (e.kind()) {
        case CARRIED_OVER -> {
          basic = e.completedOn();
          total += e.hours();
          LocalDate carried =
              e.carriedDue() != null ? e.carriedDue() : e.completedOn().plusYears(CYCLE_YEARS);
          due = due == null || carried.isAfter(due) ? carried : due;
          cycle = 0;
        }
        case BASIC_COURSE -> {
          basic = e.completedOn();
          LocalDate fresh = e.completedOn().plusYears(CYCLE_YEARS);
          if (due == null || fresh.isAfter(due)) {
            due = fresh;
            cycle = 0;
          }
        }
        default -> {
          total += e.hours();
          if (basic == null) {
            // Hours before the basic course are kept in the total but renew nothing.
            continue;
          }
          cycle += e.hours();
          if (cycle >= HOURS_PER_CYCLE) {
            LocalDate from = e.completedOn().isAfter(due) ? e.completedOn() : due;
            due = from.plusYears(CYCLE_YEARS);
            cycle = 0;
          }
        }
      }
    }
    return new Facts(basic, total, due, cycle);
  }
}
