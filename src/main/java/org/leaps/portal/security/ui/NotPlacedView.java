package org.leaps.portal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.leaps.portal.security.AuthSettings;
import org.leaps.portal.security.CurrentUser;

/** Shown to a signed-in person whom the portal cannot place in any agency. It shows no data. */
@Route(value = "not-placed", autoLayout = false)
@PageTitle("Account not linked | LEAPS Portal")
@PermitAll
public class NotPlacedView extends Main {

  NotPlacedView(
      CurrentUser currentUser, AuthSettings settings, AuthenticationContext authentication) {
    addClassName("not-placed-view");
    String who = currentUser.get().map(u -> u.displayName() + " (" + u.email() + ")").orElse("You");
    add(
        new H1("Your account is not linked to an agency yet"),
        new Paragraph(
            who
                + " signed in successfully, but the portal cannot place you in any participating"
                + " agency, so it shows no roster data."),
        new Paragraph(
            "Please contact " + settings.supportContact() + " to have your access set up."),
        new Button("Sign out", e -> authentication.logout()));
  }
}
