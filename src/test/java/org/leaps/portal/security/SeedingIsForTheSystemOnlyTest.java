package org.leaps.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencySeeding;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditEvent;
import org.leaps.portal.audit.AuditFilter;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorSeeding;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.RosterFieldException;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The only saves that skip the per-record audit entry and the version check are the bulk seeding
 * APIs for demo data (decision 052). Every person, whatever their role, is refused them and nothing
 * is written; the roster and agency services offer no such save at all.
 */
@PortalTest
class SeedingIsForTheSystemOnlyTest {

  private static final List<String> EVERY_ROLE =
      List.of(
          SignIn.DIRECTOR,
          SignIn.STAFF,
          SignIn.LIAISON_GULFPORT,
          SignIn.LIAISON_HATTIESBURG,
          SignIn.COUNSELOR,
          SignIn.OFFICER);

  @Autowired CounselorSeeding counselorSeeding;
  @Autowired AgencySeeding agencySeeding;
  @Autowired CounselorService counselors;
  @Autowired AgencyService agencies;
  @Autowired AuditService audit;
  @Autowired SignIn signIn;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void everySignedInRoleIsRefusedBothSeedingApisAndNothingIsWritten() {
    signIn.as(SignIn.DIRECTOR);
    Agency gulfport = agencies.findByCodeInScope("GULFPORT-PD").orElseThrow();
    for (String person : EVERY_ROLE) {
      signIn.as(person);
      String email = uniqueEmail();
      assertThatThrownBy(() -> counselorSeeding.seed(List.of(counselor(gulfport, email)), "x"))
          .as(person)
          .isInstanceOf(AccessDeniedException.class);
      String code = "SEED-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
      assertThatThrownBy(() -> agencySeeding.seed(List.of(agency(gulfport, code)), "x"))
          .as(person)
          .isInstanceOf(AccessDeniedException.class);
      signIn.as(SignIn.DIRECTOR);
      assertThat(counselors.findByEmail(email)).as(person).isEmpty();
      assertThat(agencies.agencyIdByCode(code)).as(person).isEmpty();
    }
  }

  @Test
  void anonymousCallerIsRefusedBothSeedingApis() {
    signIn.as(SignIn.DIRECTOR);
    Agency gulfport = agencies.findByCodeInScope("GULFPORT-PD").orElseThrow();
    signIn.out();
    assertThatThrownBy(() -> counselorSeeding.seed(List.of(counselor(gulfport, uniqueEmail())), ""))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    assertThatThrownBy(() -> agencySeeding.seed(List.of(agency(gulfport, "SEED-ANON")), ""))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }

  @Test
  void rosterAndAgencyServicesOfferNoSaveThatSkipsTheAudit() {
    for (Class<?> service : List.of(CounselorService.class, AgencyService.class)) {
      List<String> saves =
          Arrays.stream(service.getMethods())
              .filter(m -> Modifier.isPublic(m.getModifiers()))
              .map(Method::getName)
              .filter(name -> name.startsWith("save"))
              .toList();
      assertThat(saves).as(service.getSimpleName()).isEmpty();
    }
  }

  @Test
  void theSystemSeedsWithOneBulkAuditEntryAndRefusesATakenEmailWhole() {
    signIn.as(SignIn.DIRECTOR);
    Agency gulfport = agencies.findByCodeInScope("GULFPORT-PD").orElseThrow();
    String source = "seeding test " + UUID.randomUUID().toString().substring(0, 8);
    String first = uniqueEmail();
    String second = uniqueEmail();
    signIn.out();

    List<Counselor> saved =
        SystemAccess.call(() ->
            counselorSeeding.seed(
                List.of(counselor(gulfport, first), counselor(gulfport, second)), source));
    assertThat(saved).allSatisfy(c -> assertThat(c.getId()).isNotNull());

    String third = uniqueEmail();
    assertThatThrownBy(() ->
            SystemAccess.call(() ->
                counselorSeeding.seed(
                    List.of(counselor(gulfport, third), counselor(gulfport, first.toUpperCase())),
                    source)))
        .isInstanceOf(RosterFieldException.class)
        .hasMessageContaining("already used");

    signIn.as(SignIn.DIRECTOR);
    assertThat(counselors.findByEmail(first)).isPresent();
    assertThat(counselors.findByEmail(second)).isPresent();
    assertThat(counselors.findByEmail(third)).isEmpty();
    List<AuditEvent> entries =
        audit.page(
            new AuditFilter(AuditAction.IMPORT, "Roster", null, null, null, null),
            PageRequest.of(0, 50));
    assertThat(entries)
        .filteredOn(e -> e.getSubjectLabel().equals("Roster seeded: " + source))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.getActorName()).isEqualTo("LEAPS Portal (system)");
          assertThat(e.getRowsCreated()).isEqualTo(2);
        });
  }

  private static String uniqueEmail() {
    return "seed-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
  }

  private static Counselor counselor(Agency agency, String email) {
    return new Counselor("Seed", "Test", agency, agency.getHomeCounty(), email);
  }

  private static Agency agency(Agency like, String code) {
    return new Agency(code, "Seeded " + code, like.getType(), like.getHomeCounty());
  }
}
