package org.leaps.portal.alert.ui;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import org.springframework.scheduling.TaskScheduler;

/**
 * Coalesces bursts of live signals (hundreds of acknowledgements a second) into at most one refresh
 * of a view every {@value #DELAY_MILLIS} ms, on Boot's task scheduler.
 */
final class LiveRefresh {

  static final long DELAY_MILLIS = 400;

  private final TaskScheduler scheduler;
  private final Runnable refresh;
  private boolean scheduled;

  LiveRefresh(TaskScheduler scheduler, Runnable refresh) {
    this.scheduler = scheduler;
    this.refresh = refresh;
  }

  /** Called inside UI.access; schedules one refresh unless one is pending. */
  void request(UI ui) {
    if (scheduled) {
      return;
    }
    scheduled = true;
    scheduler.schedule(
        () ->
            ui.access(() -> {
              scheduled = false;
              refresh.run();
            }),
        Instant.now().plus(Duration.ofMillis(DELAY_MILLIS)));
  }
}
