package org.leaps.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.home.ui.HomeView;
import org.leaps.portal.testsupport.InnerHtml;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.ShellMenu;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/** The shell shows each role its own navigation, name, agency and figures. */
@PortalTest
class MainLayoutTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  private List<String> navigationLabels() {
    return ShellMenu.labels($(SideNav.class).single());
  }

  private long tileValue(String id) {
    return Long.parseLong(InnerHtml.text($(Div.class).id(id), ".tile-value").replace(",", ""));
  }

  private String userCard(String selector) {
    return InnerHtml.text($(Div.class).withClassName("user-who").single(), selector);
  }

  @Test
  void directorSeesStatewideFigures() {
    signIn.as(SignIn.DIRECTOR);
    navigate(HomeView.class);
    assertThat(navigationLabels())
        .containsExactly(
            "Overview",
            "Roster",
            "Callouts",
            "Callout reports",
            "Who can respond now",
            "Coverage map",
            "Agencies",
            "Audit",
            "Alerts",
            "Training",
            "Send alert",
            "Alert tracking",
            "Alert follow-up",
            "Find a peer");
    assertThat(userCard("#user-agency")).isEqualTo("Statewide");
    assertThat(tileValue("active-counselors")).isGreaterThan(600);
    assertThat(tileValue("active-agencies")).isGreaterThan(120);
    assertThat($(Paragraph.class).id("scope-line").getText()).isEqualTo("Showing: Statewide");
  }

  @Test
  void liaisonSeesOnlyTheirAgency() {
    signIn.as(SignIn.LIAISON_GULFPORT);
    navigate(HomeView.class);
    assertThat(navigationLabels())
        .containsExactly(
            "Overview",
            "Roster",
            "Callouts",
            "Callout reports",
            "Who can respond now",
            "Coverage map",
            "Agencies",
            "Audit",
            "Alerts",
            "Training",
            "Alert follow-up",
            "Find a peer");
    assertThat(userCard("#user-agency")).isEqualTo("Gulfport Police Department");
    assertThat(tileValue("active-agencies")).isEqualTo(1);
    assertThat(tileValue("active-counselors")).isBetween(1L, 100L);
    assertThat($(Paragraph.class).id("scope-line").getText())
        .isEqualTo("Showing: Gulfport Police Department");
  }

  @Test
  void counselorSeesTheirAgencyAndName() {
    signIn.as(SignIn.COUNSELOR);
    navigate(HomeView.class);
    assertThat(navigationLabels())
        .containsExactly(
            "Overview",
            "My callouts",
            "My availability",
            "Agencies",
            "Alerts",
            "My training",
            "Find a peer");
    assertThat(userCard(".user-name")).isEqualTo("Hannah Delacroix");
    assertThat(userCard(".user-role")).isEqualTo("Counselor");
    assertThat(tileValue("active-agencies")).isEqualTo(1);
  }
}
