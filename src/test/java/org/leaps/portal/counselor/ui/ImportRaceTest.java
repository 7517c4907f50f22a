package org.leaps.portal.counselor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.ImportPreview;
import org.leaps.portal.counselor.RosterFilter;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Two sessions confirm the same file of new counselors at the same moment (real threads, both past
 * the checks before either saves): one imports, the other saves nothing and reads a message about a
 * duplicate email, never SQL.
 */
@PortalTest
class ImportRaceTest {

  @Autowired SignIn signIn;
  @Autowired RosterFixtures fixtures;
  @Autowired CounselorService service;

  @BeforeEach
  void security() {
    fixtures.useThisContextsSecurity();
  }

  @AfterEach
  void out() {
    signIn.out();
  }

  @Test
  void theLoserOfADuplicateEmailRaceReadsWhatHappened() throws Exception {
    String token = RosterFixtures.unique("race");
    StringBuilder csv = new StringBuilder("first_name,last_name,home_county,email\n");
    for (int i = 0; i < 3; i++) {
      csv.append("Race,Row").append(i).append(",Harrison,").append(token).append('.');
      csv.append(i).append("@test.invalid\n");
    }
    byte[] data = csv.toString().getBytes(StandardCharsets.UTF_8);
    signIn.as(SignIn.LIAISON_GULFPORT);
    var liaison = org.springframework.security.core.context.SecurityContextHolder.getContext();
    var bothChecked = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<ImportPreview>> confirms = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        confirms.add(
            pool.submit(() -> {
              // One sign-in, shared: two sign-ins of one account at once race on its own record.
              org.springframework.security.core.context.SecurityContextHolder.setContext(liaison);
              try {
                ImportPreview preview = service.previewImport("race.csv", data);
                return service.commitImport(
                    preview,
                    data,
                    saved -> {
                      if (saved == 0) {
                        await(bothChecked);
                      }
                    });
              } finally {
                signIn.out();
              }
            }));
      }
      int imported = 0;
      List<Throwable> failures = new ArrayList<>();
      for (Future<ImportPreview> confirm : confirms) {
        try {
          confirm.get(120, TimeUnit.SECONDS);
          imported++;
        } catch (java.util.concurrent.ExecutionException e) {
          failures.add(e.getCause());
        }
      }
      failures.forEach(Throwable::printStackTrace);
      assertThat(imported).as("imports that went through").isEqualTo(1);
      assertThat(failures).hasSize(1);
      String message = RosterImportView.failureMessage(failures.getFirst());
      assertThat(message)
          .startsWith("Someone else saved a counselor with the same email at the same moment")
          .contains("duplicate email")
          .contains("nothing was saved")
          .doesNotContain("Duplicate entry")
          .doesNotContain("insert")
          .doesNotContain("conn=")
          .doesNotContain("uk_counselor_email");
    } finally {
      pool.shutdownNow();
    }
    signIn.as(SignIn.LIAISON_GULFPORT);
    for (int i = 0; i < 3; i++) {
      assertThat(
              service.page(
                  RosterFilter.none().withName(token + "." + i + "@test.invalid"),
                  PageRequest.of(0, 10)))
          .as("row " + i + " imported exactly once")
          .hasSize(1);
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the other confirm never got past its checks", e);
    }
  }
}
