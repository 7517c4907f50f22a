package org.leaps.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The side navigation's markup: the items a menu lists, escaped, and shared between sessions. */
class MainNavigationTest {

  @Test
  void itemsKeepTheirPathIconAndTitleAndTitlesStayText() {
    String markup =
        MainNavigation.markup(
            List.of(
                new MainNavigation.Item("Overview", "/", "vaadin:dashboard"),
                new MainNavigation.Item("Roster", "/roster", "vaadin:users"),
                new MainNavigation.Item("<img src=x onerror=alert(1)>", "/odd", null)));
    var items = Jsoup.parseBodyFragment(markup).select("vaadin-side-nav-item");
    assertThat(items).extracting(e -> e.attr("path")).containsExactly("", "roster", "odd");
    assertThat(items)
        .extracting(e -> e.text())
        .containsExactly("Overview", "Roster", "<img src=x onerror=alert(1)>");
    assertThat(items.get(1).select("vaadin-icon[slot=prefix]").attr("icon"))
        .isEqualTo("vaadin:users");
    assertThat(Jsoup.parseBodyFragment(markup).select("img")).isEmpty();
    assertThat(Jsoup.parseBodyFragment(markup).select("span[slot=label]").text()).isEqualTo("Main");
  }

  @Test
  void everySessionWithTheSameMenuPointsAtOneString() {
    var first = List.of(new MainNavigation.Item("Roster", "/roster", "vaadin:users"));
    var second = List.of(new MainNavigation.Item("Roster", "/roster", "vaadin:users"));
    assertThat(MainNavigation.markup(first)).isSameAs(MainNavigation.markup(second));
  }

  @Test
  void theMenuIsResolvedOncePerRoleSet() {
    var resolved = new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.Supplier<List<MainNavigation.Item>> liaisonMenu =
        () -> {
          resolved.incrementAndGet();
          return List.of(new MainNavigation.Item("Roster", "/roster", "vaadin:users"));
        };
    var liaison = new MainNavigation.Roles(java.util.Set.of("ROLE_TEST_LIAISON"), true);
    var sameRoles = new MainNavigation.Roles(java.util.Set.of("ROLE_TEST_LIAISON"), true);
    var officer = new MainNavigation.Roles(java.util.Set.of("ROLE_TEST_OFFICER"), false);

    var first = MainNavigation.forRoles(liaison, liaisonMenu);
    var second = MainNavigation.forRoles(sameRoles, liaisonMenu);
    var other =
        MainNavigation.forRoles(
            officer, () -> List.of(new MainNavigation.Item("Find a peer", "/peer", null)));

    assertThat(resolved).hasValue(1);
    assertThat(first).isNotSameAs(second);
    assertThat(first.getElement().getProperty("innerHTML"))
        .isSameAs(second.getElement().getProperty("innerHTML"))
        .contains("path=\"roster\"");
    assertThat(other.getElement().getProperty("innerHTML"))
        .contains("Find a peer")
        .doesNotContain("roster");
  }
}
