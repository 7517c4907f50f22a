package org.leaps.portal.base.ui;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.internal.UrlUtil;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

  private MainNavigation() {}

  /** A side navigation labelled "Main" showing these items. */
  static SideNav of(List<Item> items) {
    var nav = new SideNav();
    nav.addClassName("main-nav");
    nav.getElement().setProperty("innerHTML", markup(items));
    return nav;
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
