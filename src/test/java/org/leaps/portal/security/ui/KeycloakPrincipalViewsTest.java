package org.leaps.portal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.home.ui.HomeView;
import org.leaps.portal.security.AccountService;
import org.leaps.portal.security.SecurityContexts;
import org.leaps.portal.security.oidc.KeycloakTokens;
import org.leaps.portal.security.oidc.PortalOidcUserService;
import org.leaps.portal.testsupport.InnerHtml;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The views with principals exactly as the Keycloak path builds them, one per role: each sees the
 * overview of its own scope, and a person Keycloak places in no agency sees only whom to contact.
 */
@PortalTest
class KeycloakPrincipalViewsTest extends SpringBrowserlessTest {

  @Autowired AccountService accountService;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @org.junit.jupiter.api.BeforeEach
  void startFromFirstSignIns() {
    org.leaps.portal.testsupport.KeycloakLinks.forgetDemoAccountLinks(jdbc);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private void signInThroughKeycloak(
      String email, String name, String role, Map<String, Object> agencies) {
    var oidcUser =
        KeycloakTokens.user("kc-view-" + UUID.randomUUID(), email, name, List.of(role), agencies);
    SecurityContexts.signInAs(
        new PortalOidcUserService(accountService).toPortalPrincipal(oidcUser));
  }

  private String scopeLine() {
    return $(Paragraph.class).id("scope-line").getText();
  }

  private long tile(String id) {
    return Long.parseLong(InnerHtml.text($(Div.class).id(id), ".tile-value").replace(",", ""));
  }

  @Test
  void directorSeesTheWholeState() {
    signInThroughKeycloak(SignIn.DIRECTOR, "Dana Whitfield", "director", null);
    navigate(HomeView.class);
    assertThat(scopeLine()).isEqualTo("Showing: Statewide");
    assertThat(tile("active-agencies")).isGreaterThan(120);
  }

  @Test
  void staffSeesTheWholeState() {
    signInThroughKeycloak(SignIn.STAFF, "Marcus Boyd", "staff", null);
    navigate(HomeView.class);
    assertThat(scopeLine()).isEqualTo("Showing: Statewide");
    assertThat(InnerHtml.text($(Div.class).withClassName("user-who").single(), "#user-agency"))
        .isEqualTo("Statewide");
  }

  @Test
  void liaisonSeesOwnAgencyOnly() {
    signInThroughKeycloak(
        SignIn.LIAISON_HATTIESBURG,
        "Tyrone Pickett",
        "liaison",
        KeycloakTokens.agencies("HATTIESBURG-PD"));
    navigate(HomeView.class);
    assertThat(scopeLine()).isEqualTo("Showing: Hattiesburg Police Department");
    assertThat(tile("active-agencies")).isEqualTo(1);
  }

  @Test
  void liaisonOfTwoAgenciesSeesBoth() {
    signInThroughKeycloak(
        "liaison.pinebelt-" + UUID.randomUUID() + "@sso-test.example",
        "Lorraine Batiste",
        "liaison",
        KeycloakTokens.agencies("HATTIESBURG-PD", "FORREST-SO"));
    navigate(HomeView.class);
    assertThat(scopeLine())
        .isEqualTo("Showing: Forrest County Sheriff's Office, Hattiesburg Police Department");
    assertThat(tile("active-agencies")).isEqualTo(2);
  }

  @Test
  void counselorSeesOwnAgency() {
    signInThroughKeycloak(
        SignIn.COUNSELOR, "Hannah Delacroix", "counselor", KeycloakTokens.agencies("GULFPORT-PD"));
    navigate(HomeView.class);
    assertThat(scopeLine()).isEqualTo("Showing: Gulfport Police Department");
    assertThat(InnerHtml.text($(Div.class).withClassName("user-who").single(), ".user-role"))
        .isEqualTo("Counselor");
  }

  @Test
  void personInNoAgencyGetsTheNotPlacedPageWithNoData() {
    String email = "unplaced-" + UUID.randomUUID() + "@sso-test.example";
    signInThroughKeycloak(email, "Jordan Pryor", "counselor", null);
    navigate("", NotPlacedView.class);
    assertThat($(H1.class).single().getText())
        .isEqualTo("Your account is not linked to an agency yet");
    assertThat($(Paragraph.class).all())
        .extracting(Paragraph::getText)
        .anyMatch(t -> t.contains("Jordan Pryor (" + email + ")"))
        .anyMatch(t -> t.contains("leaps-support@leaps.example"));
    assertThat($(Div.class).withClassName("tile").all()).isEmpty();
    assertThat($(Button.class).withText("Sign out").all()).hasSize(1);
  }

  @Test
  void personInAnUnknownOrganizationGetsTheNotPlacedPage() {
    signInThroughKeycloak(
        "unknown-org-" + UUID.randomUUID() + "@sso-test.example",
        "Sam Elsewhere",
        "liaison",
        KeycloakTokens.agencies("NOT-A-MISSISSIPPI-AGENCY"));
    navigate("", NotPlacedView.class);
    assertThat($(Paragraph.class).withId("scope-line").all()).isEmpty();
  }
}
