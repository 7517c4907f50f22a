package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds back every alert delivery stored from now on, as a slow or busy database would, until
 * closed: a transaction on a thread of its own locks the index range above the newest alert's
 * deliveries, so an insert there waits. What is committed already stays readable.
 */
final class HeldDeliveries implements AutoCloseable {

  private final CountDownLatch held = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final Thread holder;

  HeldDeliveries(TransactionTemplate transaction, JdbcTemplate jdbc) throws InterruptedException {
    long newest = jdbc.queryForObject("select coalesce(max(id), 0) from alert", Long.class);
    holder =
        Thread.ofPlatform()
            .name("held-deliveries")
            .start(() ->
                transaction.executeWithoutResult(status -> {
                  jdbc.queryForList(
                      "select id from alert_delivery where alert_id > ? for update", newest);
                  held.countDown();
                  try {
                    release.await(60, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    assertThat(held.await(10, TimeUnit.SECONDS)).as("the deliveries are held").isTrue();
  }

  @Override
  public void close() throws InterruptedException {
    release.countDown();
    holder.join(10_000);
  }
}
