package org.leaps.portal.base.ui;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.internal.UrlUtil;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The shell's side navigation as one element's markup (decision 115): a {@code vaadin-side-nav}
 * whose items are written as {@code vaadin-side-nav-item}s with their paths and icons, the same
 * elements the {@code SideNavItem} component would make. The browser highlights the current item
 * and navigates as before; the server keeps one string instead of two components and a text node
 * per item, and the markup of each menu is built once and shared by every session with that menu.
 */
final class MainNavigation {

  /** One menu line: its title, route path and optional icon (for example "vaadin:users"). */
  record Item(String title, String path, String icon) {}

  /** Menus differ only by role, so there are few; the bound only guards against surprises. */
  private static final int MAX_MENUS = 64;

  private static final Map<List<Item>, String> MARKUP = new ConcurrentHashMap<>();

  /**
   * Whom a menu is for: the granted authorities (what Vaadin's route access checks read) and
   * whether the person is in the program (officers get no Overview line).
   */
  record Roles(Set<String> authorities, boolean inProgram) {
    Roles {
      authorities = Set.copyOf(authorities);
    }
  }

  /** The markup per set of roles, so the menu's entries are resolved once per role set. */
  private static final Map<Roles, String> BY_ROLES = new ConcurrentHashMap<>();

  private MainNavigation() {}

  /** A side navigation labelled "Main" with this content. */
  private static SideNav withMarkup(String markup) {
    var nav = new SideNav();
    nav.addClassName("main-nav");
    nav.getElement().setProperty("innerHTML", markup);
    return nav;
  }

  /**
   * The side navigation for people with these roles; {@code items} (Vaadin's route access checks
   * and titles, which cost a few per cent of the CPU when every new page resolved them) runs only
   * for the first page of each role set (decision 126).
   */
  static SideNav forRoles(Roles roles, Supplier<List<Item>> items) {
    String shared = BY_ROLES.get(roles);
    if (shared == null) {
      if (BY_ROLES.size() >= MAX_MENUS) {
        BY_ROLES.clear();
      }
      shared = BY_ROLES.computeIfAbsent(roles, r -> markup(items.get()));
    }
    return withMarkup(shared);
  }

  /** The navigation's content for these items, shared by every session that shows them. */
  static String markup(List<Item> items) {
    String shared = MARKUP.get(items);
    if (shared != null) {
      return shared;
    }
    if (MARKUP.size() >= MAX_MENUS) {
      MARKUP.clear();
    }
    List<Item> key = List.copyOf(items);
    return MARKUP.computeIfAbsent(key, MainNavigation::build);
  }

  private static String build(List<Item> items) {
    var html = new StringBuilder("<span slot=\"label\">Main</span>");
    for (Item item : items) {
      String path = item.path().startsWith("/") ? item.path().substring(1) : item.path();
      html.append("<vaadin-side-nav-item path=\"")
          .append(Markup.escape(UrlUtil.encodeURI(path)))
          .append("\">");
      if (item.icon() != null) {
        html.append("<vaadin-icon icon=\"")
            .append(Markup.escape(item.icon()))
            .append("\" slot=\"prefix\"></vaadin-icon>");
      }
      html.append(Markup.escape(item.title())).append("</vaadin-side-nav-item>");
    }
    return html.toString();
  }
}
