package org.leaps.portal.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.base.TimeConfiguration;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Officers open the page at the same moment on eight threads: the single-statement increment
 * (insert or add one) loses no count and keeps one row per day.
 */
@PortalTest
class PageViewCountRaceTest {

  private static final int THREADS = 8;
  private static final int VIEWS_EACH = 25;

  @Autowired FindPeerService service;
  @Autowired PeerPageViewsRepository views;
  @Autowired SignIn signIn;
  @Autowired Clock clock;

  @AfterEach
  void out() {
    signIn.out();
  }

  private long today() {
    LocalDate day = LocalDate.now(clock.withZone(TimeConfiguration.PROGRAM_ZONE));
    return views.findById(day).map(v -> v.toRecord().views()).orElse(0L);
  }

  @Test
  void concurrentViewsAreAllCounted() throws Exception {
    long before = today();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(
            pool.submit(() -> {
              signIn.as(SignIn.OFFICER);
              start.await();
              for (int i = 0; i < VIEWS_EACH; i++) {
                service.countPageView();
              }
              signIn.out();
              return null;
            }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(today()).isEqualTo(before + THREADS * VIEWS_EACH);
    signIn.as(SignIn.DIRECTOR);
    assertThat(service.dailyViews(1))
        .hasSize(1)
        .first()
        .extracting(DailyViews::views)
        .isEqualTo(before + THREADS * VIEWS_EACH);
  }
}
