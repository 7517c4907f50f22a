package org.leaps.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.security.ui.NotPlacedView;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The app shell: side navigation built from the {@code @Menu} views the signed-in role may open,
 * the person's name, role and agency, and sign-out.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout
    implements BeforeEnterObserver, AfterNavigationObserver {

  private static final String APP_NAME =
      "<vaadin-icon icon=\"vaadin:shield\" class=\"app-logo\"></vaadin-icon>"
          + "<span class=\"app-name\">LEAPS Portal</span>";

  private final CurrentUser currentUser;
  private final Span viewTitle = new Span();

  MainLayout(
      CurrentUser currentUser,
      AuthenticationContext authenticationContext,
      List<ShellContribution> contributions) {
    this.currentUser = currentUser;
    setPrimarySection(Section.DRAWER);

    var toggle = new DrawerToggle();
    toggle.setAriaLabel("Menu");
    viewTitle.addClassName("view-title");
    var navbar = new Div(toggle, viewTitle);
    navbar.addClassName("navbar");
    var extras = new Div();
    extras.addClassName("navbar-extras");
    contributions.forEach(c -> extras.add(c.createNavbarComponent()));
    navbar.add(extras);
    addToNavbar(navbar);

    addToDrawer(appName(), new Scroller(sideNav()), userCard(authenticationContext));
  }

  /** The portal's name and shield: fixed markup, the same string in every session. */
  private static Component appName() {
    var header = new Div();
    header.addClassName("app-header");
    header.getElement().setProperty("innerHTML", APP_NAME);
    return header;
  }

  /**
   * The menu of the {@code @Menu} views this person may open, as shared markup (decision 115),
   * resolved once per set of roles (decision 126): Vaadin checks each route's access and title for
   * every call, which cost a few per cent of the CPU while many people signed in. An officer's
   * overview forwards to Find a peer, so officers get no Overview line.
   */
  private SideNav sideNav() {
    boolean inProgram = currentUser.get().map(PortalUser::inProgram).orElse(false);
    Set<String> authorities = new HashSet<>();
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null) {
      authentication.getAuthorities().forEach(a -> authorities.add(a.getAuthority()));
    }
    return MainNavigation.forRoles(
        new MainNavigation.Roles(authorities, inProgram), () -> menuItems(inProgram));
  }

  private static List<MainNavigation.Item> menuItems(boolean inProgram) {
    List<MainNavigation.Item> items = new ArrayList<>();
    for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
      if (!inProgram && (entry.path().isEmpty() || entry.path().equals("/"))) {
        continue;
      }
      items.add(new MainNavigation.Item(entry.title(), entry.path(), entry.icon()));
    }
    return items;
  }

  /**
   * Who is signed in, and sign-out. The avatar, name, role and agency never change while the page
   * is open, so they are one element's markup (escaped) rather than six components (decision 115).
   */
  private Component userCard(AuthenticationContext authenticationContext) {
    PortalUser user = currentUser.require();
    String agencies =
        user.isStatewide()
            ? "Statewide"
            : user.agencyNames().isEmpty() ? "No agency" : String.join(", ", user.agencyNames());
    String name = Markup.escape(user.displayName());
    var who = new Div();
    who.addClassName("user-who");
    who.getElement()
        .setProperty(
            "innerHTML",
            "<vaadin-avatar name=\""
                + name
                + "\"></vaadin-avatar><div class=\"user-details\"><span class=\"user-name\">"
                + name
                + "</span><span class=\"user-role\">"
                + Markup.escape(user.primaryRole().label())
                + "</span><span class=\"user-agency\" id=\"user-agency\">"
                + Markup.escape(agencies)
                + "</span></div>");
    var signOut =
        new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authenticationContext.logout());
    signOut.addThemeVariants(ButtonVariant.TERTIARY);
    signOut.setId("sign-out");
    var card = new Div(who, signOut);
    card.addClassName("user-card");
    return card;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    // A person the portal cannot place in any agency sees no data, only whom to contact.
    if (currentUser.get().map(PortalUser::isUnplaced).orElse(false)) {
      event.rerouteTo(NotPlacedView.class);
    }
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse("LEAPS Portal"));
  }
}
