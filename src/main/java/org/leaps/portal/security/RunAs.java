package org.leaps.portal.security;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one way to run work as a person on another thread, built on Spring Security's {@code
 * DelegatingSecurityContext*} wrappers (each sets the context for the work and restores the
 * thread's previous one after it). Capture while the person is signed in (a request, a view
 * attaching):
 *
 * <ul>
 *   <li>{@code RunAs.currentPerson().on(executor)}: Boot's task executor (inject {@code
 *       applicationTaskExecutor}) running each task as that person (background imports);
 *   <li>{@code RunAs.currentPerson().run(work)}: later, on whatever thread delivers a push signal,
 *       so a screen's service calls apply its owner's roles and agency scope, never the changer's.
 * </ul>
 */
public final class RunAs {

  private final SecurityContext context;

  private RunAs(SecurityContext context) {
    this.context = context;
  }

  /** The person signed in on this thread now (a copy: later sign-outs here do not change it). */
  public static RunAs currentPerson() {
    return as(SecurityContextHolder.getContext().getAuthentication());
  }

  static RunAs as(Authentication authentication) {
    SecurityContext copy = SecurityContextHolder.createEmptyContext();
    copy.setAuthentication(authentication);
    return new RunAs(copy);
  }

  /** {@code executor}, running every task as this person. */
  public Executor on(Executor executor) {
    return new DelegatingSecurityContextExecutor(executor, context);
  }

  /** Runs the work here, now, as this person. */
  public void run(Runnable work) {
    new DelegatingSecurityContextRunnable(work, context).run();
  }

  /** Calls the work here, now, as this person. */
  public <T> T call(Supplier<T> work) {
    Callable<T> callable = new DelegatingSecurityContextCallable<>(work::get, context);
    try {
      return callable.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code listener}, wrapped to run as this person on whatever thread calls it. */
  public <T> Consumer<T> wrap(Consumer<T> listener) {
    return value -> run(() -> listener.accept(value));
  }
}
