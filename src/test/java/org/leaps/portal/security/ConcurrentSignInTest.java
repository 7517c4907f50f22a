package org.leaps.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.leaps.portal.security.oidc.KeycloakTokens;
import org.leaps.portal.security.oidc.PortalOidcUserService;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Several sign-ins of one person at the same moment (a phone and a desktop, a shift change on
 * shared credentials), on real threads against the real MariaDB: every one of them succeeds and
 * they all end in the same account.
 */
@PortalTest
class ConcurrentSignInTest {

  private static final int AT_ONCE = 10;

  @Autowired AccountService accountService;
  @Autowired PortalAccountRepository accounts;
  @Autowired UserDetailsService demoSignIn;
  @Autowired JdbcTemplate jdbc;

  /** Runs the sign-in on AT_ONCE threads released together; returns every result or failure. */
  private <T> List<T> atOnce(Callable<T> signIn) throws Exception {
    var start = new CyclicBarrier(AT_ONCE);
    ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
    try {
      List<Future<T>> results = new ArrayList<>();
      for (int i = 0; i < AT_ONCE; i++) {
        results.add(
            threads.submit(() -> {
              start.await(30, TimeUnit.SECONDS);
              return signIn.call();
            }));
      }
      List<T> done = new ArrayList<>();
      for (Future<T> result : results) {
        // get() rethrows a failed sign-in, which fails the test with its cause.
        done.add(result.get(60, TimeUnit.SECONDS));
      }
      return done;
    } finally {
      threads.shutdownNow();
    }
  }

  private PortalUser keycloakSignIn(String subject, String email, String role, String agency) {
    return new PortalOidcUserService(accountService)
        .toPortalPrincipal(
            KeycloakTokens.user(
                subject, email, "Casey Concurrent", List.of(role), KeycloakTokens.agencies(agency)))
        .portalUser();
  }

  @Test
  void simultaneousFirstSignInsOfOnePersonAllSucceedWithOneAccount() throws Exception {
    String subject = "kc-" + UUID.randomUUID();
    String email = "casey-" + subject + "@concurrent.example";

    List<PortalUser> users = atOnce(() -> keycloakSignIn(subject, email, "liaison", "GULFPORT-PD"));

    assertThat(users).hasSize(AT_ONCE);
    assertThat(users.stream().map(PortalUser::accountId).distinct()).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from portal_account where email = ?", Integer.class, email))
        .isEqualTo(1);
    assertThat(accounts.findBySubject(subject).orElseThrow().getLastSignInAt()).isNotNull();
  }

  @Test
  void simultaneousSignInsThatChangeTheRoleCopyAllSucceed() throws Exception {
    String subject = "kc-" + UUID.randomUUID();
    String email = "casey-" + subject + "@concurrent.example";
    keycloakSignIn(subject, email, "liaison", "GULFPORT-PD");

    // Keycloak made the person a counselor of another agency meanwhile.
    List<PortalUser> users =
        atOnce(() -> keycloakSignIn(subject, email, "counselor", "HATTIESBURG-PD"));

    assertThat(users).allSatisfy(u -> assertThat(u.roles()).containsExactly(Role.COUNSELOR));
    PortalAccount stored = accounts.findBySubject(subject).orElseThrow();
    assertThat(stored.getRoles()).containsExactly(Role.COUNSELOR);
    assertThat(stored.getLiaisonAgencyIds()).isEmpty();
  }

  @Test
  void simultaneousDemoSignInsOfOneAccountAllSucceed() throws Exception {
    List<String> names =
        atOnce(() -> demoSignIn.loadUserByUsername(SignIn.LIAISON_GULFPORT).getUsername());
    assertThat(names).hasSize(AT_ONCE).containsOnly(SignIn.LIAISON_GULFPORT);
  }
}
