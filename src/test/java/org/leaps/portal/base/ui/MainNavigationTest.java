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
}
