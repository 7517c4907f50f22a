package org.leaps.portal.availability;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.leaps.portal.counselor.CounselorPlacement;
import org.leaps.portal.counselor.CounselorPlacements;
import org.leaps.portal.security.CounselorDirectory;
import org.leaps.portal.security.DemoAccount;
import org.leaps.portal.security.Role;
import org.leaps.portal.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo counselors statuses, schedules, exceptions, quiet hours and opt-ins, so that the
 * coverage map shows both covered areas and gaps. Deterministic for a given roster (fixed seed, in
 * counselor id order); times are relative to startup. Runs after the roster loader, only on a
 * database without any availability yet, and only where demo data is enabled.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "leaps.demo.enabled", havingValue = "true", matchIfMissing = true)
class AvailabilityDemoLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AvailabilityDemoLoader.class);
  private static final long SEED = 5_2026L;

  private static final Set<DayOfWeek> WEEKNIGHTS =
      EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
  private static final Set<DayOfWeek> WEEKEND =
      EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  private final CounselorAvailabilityRepository repository;
  private final CounselorPlacements placements;
  private final CounselorDirectory counselorDirectory;
  private final AvailabilityIndex index;
  private final TransactionTemplate transaction;
  private final Clock clock;

  AvailabilityDemoLoader(
      CounselorAvailabilityRepository repository,
      CounselorPlacements placements,
      CounselorDirectory counselorDirectory,
      AvailabilityIndex index,
      TransactionTemplate transaction,
      Clock clock) {
    this.repository = repository;
    this.placements = placements;
    this.counselorDirectory = counselorDirectory;
    this.index = index;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    SystemAccess.run(() -> {
      Integer loaded = transaction.execute(status -> loadIfEmpty());
      if (loaded != null && loaded > 0) {
        index.reload();
      }
    });
  }

  private int loadIfEmpty() {
    if (repository.anyExist()) {
      return 0;
    }
    long started = System.nanoTime();
    List<CounselorPlacement> counselors = new ArrayList<>(placements.active());
    counselors.sort(Comparator.comparing(CounselorPlacement::counselorId));
    Long demoCounselor =
        DemoAccount.ALL.stream()
            .filter(a -> a.role() == Role.COUNSELOR)
            .findFirst()
            .flatMap(a -> counselorDirectory.findByEmail(a.email()))
            .map(CounselorDirectory.CounselorLink::counselorId)
            .orElse(null);
    Random random = new Random(SEED);
    // Its own stream, so that the directory choices leave everyone's demo schedule as it was.
    Random directoryRandom = new Random(SEED + 1);
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock.withZone(AvailabilityService.ZONE));
    List<CounselorAvailability> plans = new ArrayList<>();
    for (CounselorPlacement counselor : counselors) {
      var plan = new CounselorAvailability(counselor.counselorId());
      if (counselor.counselorId().equals(demoCounselor)) {
        // The demo counselor keeps a plain weeknight schedule and sets her status herself.
        addWindows(plan, WEEKNIGHTS, 18, 6);
        plan.setPickMe(true);
        plan.setQuietHours(LocalTime.of(23, 0), LocalTime.of(5, 0));
        plan.setDirectoryChoice(new DirectoryChoice(DirectoryPhone.MOBILE, true, true));
        plans.add(plan);
        continue;
      }
      double schedule = random.nextDouble();
      if (schedule < 0.30) {
        addWindows(plan, WEEKNIGHTS, 18, 6);
      } else if (schedule < 0.45) {
        addWindows(plan, WEEKEND, 8, 20);
      } else if (schedule < 0.60) {
        addWindows(plan, WEEKDAYS, 7, 17);
      }
      // Some counties have far fewer volunteers standing by, so the map shows real gaps.
      boolean thinCounty = Math.floorMod(counselor.countyFips().hashCode(), 4) == 0;
      double status = random.nextDouble();
      if (status < (thinCounty ? 0.04 : 0.30)) {
        plan.setStatus(AvailabilityStatus.AVAILABLE, null, now);
      } else if (status < (thinCounty ? 0.06 : 0.36)) {
        plan.setStatus(AvailabilityStatus.ON_CALL, now.plus(Duration.ofHours(12)), now);
      } else if (status < 0.50) {
        plan.setStatus(AvailabilityStatus.UNAVAILABLE, now.plus(Duration.ofHours(8)), now);
      } else if (status < 0.52) {
        plan.setStatus(AvailabilityStatus.DEPLOYED, now.plus(Duration.ofHours(6)), now);
      } else if (thinCounty) {
        plan.setStatus(AvailabilityStatus.UNAVAILABLE, null, now);
      }
      double away = random.nextDouble();
      if (away < 0.05) {
        plan.getExceptions()
            .add(
                DateException.days(
                    ExceptionKind.VACATION,
                    today.plusDays(10),
                    today.plusDays(14),
                    AvailabilityService.ZONE));
      } else if (away < 0.08) {
        plan.getExceptions()
            .add(
                DateException.days(ExceptionKind.TRAINING, today, today, AvailabilityService.ZONE));
      }
      plan.setPickMe(random.nextDouble() < 0.4);
      if (random.nextDouble() < 0.3) {
        plan.setQuietHours(LocalTime.of(22, 0), LocalTime.of(6, 0));
      }
      plan.setDirectoryChoice(demoDirectoryChoice(directoryRandom));
      plans.add(plan);
    }
    repository.saveAll(plans);
    log.info(
        "Demo availability loaded for {} counselors in {} ms",
        plans.size(),
        (System.nanoTime() - started) / 1_000_000);
    return plans.size();
  }

  /** Most demo counselors share a phone in the "Find a peer" directory; some share none. */
  private static DirectoryChoice demoDirectoryChoice(Random random) {
    double choice = random.nextDouble();
    if (choice < 0.50) {
      return new DirectoryChoice(DirectoryPhone.MOBILE, true, true);
    } else if (choice < 0.65) {
      return new DirectoryChoice(DirectoryPhone.MOBILE, false, true);
    } else if (choice < 0.85) {
      return new DirectoryChoice(DirectoryPhone.WORK, true, false);
    }
    return DirectoryChoice.NONE;
  }

  private static void addWindows(
      CounselorAvailability plan, Set<DayOfWeek> days, int fromHour, int toHour) {
    for (DayOfWeek day : days) {
      plan.getWindows()
          .add(new WeeklyWindow(day, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0)));
    }
  }
}
