package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.security.Role;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Only the director, and staff the director allows, can send; calling the service is no way in. */
@PortalTest
class AlertSendPermissionTest {

  @Autowired AlertService alerts;
  @Autowired AlertTestData data;
  @Autowired SignIn signIn;

  @AfterEach
  void signOut() {
    signIn.as(SignIn.DIRECTOR);
    PortalUser staff = staffUser();
    alerts.allowStaffToSend(staff.accountId(), false);
    signIn.out();
  }

  private PortalUser staffUser() {
    var current = org.springframework.security.core.context.SecurityContextHolder.getContext();
    PortalUser staff = signIn.as(SignIn.STAFF);
    org.springframework.security.core.context.SecurityContextHolder.setContext(current);
    return staff;
  }

  private AlertDraft draftToHattiesburg() {
    signIn.as(SignIn.DIRECTOR);
    long hattiesburg = data.agencyId("HATTIESBURG-PD");
    return data.draft(data.unique("Permission"), Severity.URGENT, Set.of(hattiesburg), null, true);
  }

  @Test
  void liaisonCannotSendOrPreviewEvenThroughTheService() {
    AlertDraft draft = draftToHattiesburg();
    signIn.as(SignIn.LIAISON_GULFPORT);
    assertThatThrownBy(() -> alerts.send(draft)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> alerts.preview(draft)).isInstanceOf(AccessDeniedException.class);
    assertThat(alerts.currentUserMaySend()).isFalse();
  }

  @Test
  void counselorCannotSendEvenThroughTheService() {
    AlertDraft draft = draftToHattiesburg();
    signIn.as(SignIn.COUNSELOR);
    assertThatThrownBy(() -> alerts.send(draft)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void staffSendOnlyOnceTheDirectorAllowsIt() {
    AlertDraft draft = draftToHattiesburg();
    PortalUser staff = signIn.as(SignIn.STAFF);
    assertThat(alerts.currentUserMaySend()).isFalse();
    assertThatThrownBy(() -> alerts.send(draft)).isInstanceOf(AccessDeniedException.class);

    signIn.as(SignIn.STAFF);
    assertThatThrownBy(() -> alerts.allowStaffToSend(staff.accountId(), true))
        .isInstanceOf(AccessDeniedException.class);

    signIn.as(SignIn.DIRECTOR);
    assertThat(alerts.staffSenders())
        .anySatisfy(s -> {
          assertThat(s.email()).isEqualTo(SignIn.STAFF);
          assertThat(s.allowed()).isFalse();
        });
    alerts.allowStaffToSend(staff.accountId(), true);

    signIn.as(SignIn.STAFF);
    assertThat(alerts.currentUserMaySend()).isTrue();
    var sent = alerts.send(draft);
    assertThat(sent.recipients()).isPositive();
    assertThat(data.alertTitled(draft.title()).getSenderName()).isEqualTo("Marcus Boyd");
  }

  @Test
  void directorCannotAllowSomeoneWhoIsNotStaff() {
    PortalUser liaison = signIn.as(SignIn.LIAISON_GULFPORT);
    signIn.as(SignIn.DIRECTOR);
    assertThatThrownBy(() -> alerts.allowStaffToSend(liaison.accountId(), true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void serviceRejectsBadDraftsNamingTheField() {
    signIn.as(SignIn.DIRECTOR);
    long gulfport = data.agencyId("GULFPORT-PD");
    var noTitle = data.draft("  ", Severity.INFORMATION, Set.of(gulfport), null, false);
    assertThatThrownBy(() -> alerts.send(noTitle))
        .isInstanceOfSatisfying(
            AlertValidationException.class, e -> assertThat(e.field()).isEqualTo("title"));
    var noAudience = data.draft("No audience", Severity.INFORMATION, Set.of(), null, false);
    assertThatThrownBy(() -> alerts.send(noAudience))
        .isInstanceOfSatisfying(
            AlertValidationException.class, e -> assertThat(e.field()).isEqualTo("audience"));
    var tooLong =
        new AlertDraft(
            "Too long",
            "y".repeat(2001),
            Severity.INFORMATION,
            true,
            Set.of(),
            Set.of(),
            null,
            false,
            java.time.Instant.now().plusSeconds(600));
    assertThatThrownBy(() -> alerts.send(tooLong))
        .isInstanceOfSatisfying(
            AlertValidationException.class, e -> assertThat(e.field()).isEqualTo("message"));
    var expired =
        new AlertDraft(
            "Past",
            "m",
            Severity.INFORMATION,
            true,
            Set.of(),
            Set.of(),
            null,
            false,
            java.time.Instant.now().minusSeconds(1));
    assertThatThrownBy(() -> alerts.send(expired))
        .isInstanceOfSatisfying(
            AlertValidationException.class, e -> assertThat(e.field()).isEqualTo("expiry"));
  }

  @Test
  void roleNarrowsTheAudience() {
    signIn.as(SignIn.DIRECTOR);
    long gulfport = data.agencyId("GULFPORT-PD");
    var liaisonsOnly = data.draft("x", Severity.INFORMATION, Set.of(gulfport), Role.LIAISON, false);
    assertThat(alerts.preview(liaisonsOnly).people()).isEqualTo(1);
    var counselorsOnly =
        data.draft("x", Severity.INFORMATION, Set.of(gulfport), Role.COUNSELOR, false);
    var everyone = data.draft("x", Severity.INFORMATION, Set.of(gulfport), null, false);
    assertThat(alerts.preview(everyone).people())
        .isEqualTo(alerts.preview(counselorsOnly).people() + 1);
  }
}
