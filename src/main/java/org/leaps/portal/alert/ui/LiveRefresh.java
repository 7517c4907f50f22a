package org.leaps.portal.alert.ui;

import com.vaadin.flow.component.UI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Coalesces bursts of live signals (hundreds of acknowledgements a second) into at most one refresh
 * of a view every {@value #DELAY_MILLIS} ms.
 */
final class LiveRefresh {

  static final long DELAY_MILLIS = 400;

  private static final ScheduledExecutorService SCHEDULER =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("alert-view-refresh").factory());

  private final Runnable refresh;
  private boolean scheduled;

  LiveRefresh(Runnable refresh) {
    this.refresh = refresh;
  }

  /** Called inside UI.access; schedules one refresh unless one is pending. */
  void request(UI ui) {
    if (scheduled) {
      return;
    }
    scheduled = true;
    SCHEDULER.schedule(
        () ->
            ui.access(() -> {
              scheduled = false;
              refresh.run();
            }),
        DELAY_MILLIS,
        TimeUnit.MILLISECONDS);
  }
}
