package org.leaps.portal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.leaps.portal.security.AuthSettings;
import org.leaps.portal.security.oidc.KeycloakSettings;

/**
 * Where a single sign-on that did not end in a session lands, instead of Spring's generic page:
 * what happened in plain words, a way to try again, and whom to contact. The reason comes from a
 * fixed list in the query ({@code ?reason=link-refused}); nothing else from the request is shown.
 */
@Route(value = SignInFailedView.ROUTE, autoLayout = false)
@PageTitle("Sign-in not completed | LEAPS Portal")
@AnonymousAllowed
public class SignInFailedView extends Main implements BeforeEnterObserver {

  public static final String ROUTE = "signin-failed";

  /** Why a sign-in ended here; the query value of each is its {@link #code()}. */
  public enum Reason {
    LINK_REFUSED("link-refused"),
    DISABLED("disabled"),
    FAILED("failed");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    static Reason of(String code) {
      for (Reason reason : values()) {
        if (reason.code.equals(code)) {
          return reason;
        }
      }
      return FAILED;
    }
  }

  private final AuthSettings settings;
  private final KeycloakSettings keycloak;

  SignInFailedView(AuthSettings settings, KeycloakSettings keycloak) {
    this.settings = settings;
    this.keycloak = keycloak;
    addClassName("not-placed-view");
    addClassName("signin-failed-view");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Reason reason =
        Reason.of(event.getLocation().getQueryParameters().getSingleParameter("reason").orElse(""));
    removeAll();
    String contact = settings.supportContact();
    var title = new H1();
    var explanation = new Paragraph();
    var whom = new Paragraph();
    switch (reason) {
      case LINK_REFUSED -> {
        title.setText("Your sign-in could not be linked to your portal record");
        explanation.setText(
            "Your single sign-on account names an email address that belongs to a portal account"
                + " or counselor record the portal cannot confirm is yours: the address is not"
                + " verified, it is already linked to someone else, or your agency membership"
                + " does not match. Nothing was changed, and the program office has been told.");
        whom.setText(
            "Please contact your agency's liaison, or "
                + contact
                + ", to have your account checked.");
      }
      case DISABLED -> {
        title.setText("Your portal account is switched off");
        explanation.setText("Single sign-on let you in, but your portal account is disabled.");
        whom.setText(
            "If you think this is a mistake, contact your agency's liaison or " + contact + ".");
      }
      case FAILED -> {
        title.setText("Sign-in did not complete");
        explanation.setText(
            "Single sign-on did not return a valid sign-in, for example because the page was"
                + " open too long or the sign-in was cancelled.");
        whom.setText("Try again. If it keeps failing, contact " + contact + ".");
      }
      default -> throw new IllegalStateException("unknown reason " + reason);
    }
    title.setId("signin-failed-title");
    var retry =
        new Anchor(settings.isDemo() ? "login" : keycloak.loginPath().substring(1), "Try again");
    retry.setRouterIgnore(true);
    retry.setId("signin-retry");
    retry.addClassName("sso-link");
    add(title, explanation, whom, retry);
  }
}
