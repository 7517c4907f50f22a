package org.leaps.portal.testsupport;

import com.vaadin.flow.component.sidenav.SideNav;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What the shell's side navigation shows, read from its markup (decision 115): the items' labels
 * and paths as the browser draws them.
 */
public final class ShellMenu {

  private ShellMenu() {}

  /** The items' labels, in order. */
  public static List<String> labels(SideNav nav) {
    return items(nav).stream().map(Element::text).toList();
  }

  /** The items' paths, in order ("" for the overview). */
  public static List<String> paths(SideNav nav) {
    return items(nav).stream().map(item -> item.attr("path")).toList();
  }

  private static List<Element> items(SideNav nav) {
    String markup = nav.getElement().getProperty("innerHTML", "");
    return Jsoup.parseBodyFragment(markup).select("vaadin-side-nav-item");
  }
}
