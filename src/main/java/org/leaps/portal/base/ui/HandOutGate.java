package org.leaps.portal.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While this node hands a critical alert to its open pages, requests that arrive wait at the door
 * until the hand-out ends, for at most {@link #LONGEST_WAIT}; requests already inside go on
 * (decision 145). On two busy cores the hand-out's threads otherwise share the cores with every
 * request that comes in meanwhile, and how many come decided how long the alert took: 192 ms with
 * about 3 requests in flight, 1,035 ms with about 23 (docs/performance/load.md). A page request
 * waits at most that long once per critical alert; the alert is what the program is measured by.
 *
 * <p>Only the wait happens here; the alert module says when its hand-out runs ({@link
 * #closedWhile}). Nothing that the hand-out waits for passes through this door: it changes each
 * page under the page's own lock without ever waiting for it, and pushes through the open push
 * channels.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class HandOutGate extends OncePerRequestFilter {

  /** A hand-out longer than this (a node with many more pages) no longer holds requests back. */
  public static final Duration LONGEST_WAIT = Duration.ofSeconds(1);

  private final Object door = new Object();

  /** Hand-outs running now (guarded by {@code door}; read without it on every request). */
  private volatile int handOuts;

  /** Runs an alert's hand-out with the door closed to requests that arrive meanwhile. */
  public <T> T closedWhile(Supplier<T> handOut) {
    synchronized (door) {
      handOuts++;
    }
    try {
      return handOut.get();
    } finally {
      synchronized (door) {
        handOuts--;
        if (handOuts == 0) {
          door.notifyAll();
        }
      }
    }
  }

  /** Whether a hand-out runs now, so that arriving requests wait. */
  public boolean isClosed() {
    return handOuts > 0;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (handOuts > 0) {
      awaitOpen();
    }
    chain.doFilter(request, response);
  }

  private void awaitOpen() {
    long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
    synchronized (door) {
      while (handOuts > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(door, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
