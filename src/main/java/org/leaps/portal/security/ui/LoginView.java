package org.leaps.portal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.leaps.portal.security.AuthSettings;
import org.leaps.portal.security.DemoAccount;
import org.leaps.portal.security.oidc.KeycloakSettings;

/** Sign-in page of the embedded default, offering the labelled demo accounts. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | LEAPS Portal")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

  private final AuthenticationContext authenticationContext;
  private final LoginForm loginForm = new LoginForm();

  LoginView(
      AuthenticationContext authenticationContext,
      AuthSettings authSettings,
      KeycloakSettings keycloak) {
    this.authenticationContext = authenticationContext;
    addClassName("login-view");

    var title = new H1("LEAPS Portal");
    var subtitle =
        new Paragraph("Law Enforcement Alliance for Peer Support: roster, availability and alerts");
    subtitle.addClassName("login-subtitle");

    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("Sign in");
    i18n.getForm().setUsername("Email");
    i18n.getErrorMessage().setTitle("Sign-in failed");
    i18n.getErrorMessage().setMessage("Check the email and password and try again.");
    loginForm.setI18n(i18n);
    // Not a plain form action: the form would post without Spring's CSRF token, which the
    // sign-in requires like every other post (decision 046). The same token-carrying post as the
    // demo buttons is used instead.
    loginForm.addLoginListener(e -> submitSignIn(e.getUsername(), e.getPassword()));
    loginForm.setForgotPasswordButtonVisible(false);

    var intro = new Div(title, subtitle);
    intro.addClassName("login-intro");
    if (!authSettings.isDemo()) {
      // Single sign-on: no local passwords and no demo accounts, only the way to Keycloak.
      var singleSignOn = new Anchor(keycloak.loginPath(), "Sign in with LEAPS single sign-on");
      singleSignOn.setRouterIgnore(true);
      singleSignOn.setId("sso-signin");
      singleSignOn.addClassName("sso-link");
      add(intro, singleSignOn);
      return;
    }
    var forms = new Div(loginForm, demoAccounts());
    forms.addClassName("login-forms");
    add(intro, forms);
  }

  private Div demoAccounts() {
    var heading = new H2("Demo accounts");
    var badge = new Span("DEMO DATA");
    badge.addClassName("demo-badge");
    var note =
        new Paragraph(
            "This portal runs on generated demo data. Every person and phone number is fictional."
                + " Choose an account to sign in (password: demo).");
    var card = new Div(badge, heading, note);
    card.addClassName("demo-accounts");
    for (DemoAccount account : DemoAccount.ALL) {
      var button = new Button(account.role().label() + " (demo)");
      button.addThemeVariants(ButtonVariant.PRIMARY);
      button.setAriaLabel("Sign in as " + account.description() + " (demo)");
      button.setId("demo-signin-" + account.email().split("@")[0].replace('.', '-'));
      button.addClickListener(e -> submitSignIn(account.email(), DemoAccount.PASSWORD));
      var row = new Div(button, new Span(account.displayName() + " · " + account.description()));
      row.addClassName("demo-account");
      card.add(row);
    }
    return card;
  }

  private void submitSignIn(String email, String password) {
    // Posts the regular sign-in form, with the CSRF token Vaadin puts in the page's meta tags.
    getElement()
        .executeJs(
            """
            const form = document.createElement('form');
            form.method = 'post';
            form.action = 'login';
            const add = (name, value) => {
              const input = document.createElement('input');
              input.type = 'hidden'; input.name = name; input.value = value;
              form.appendChild(input);
            };
            add('username', $0);
            add('password', $1);
            const param = document.querySelector('meta[name="_csrf_parameter"]');
            const token = document.querySelector('meta[name="_csrf"]');
            if (param && token) { add(param.content, token.content); }
            document.body.appendChild(form);
            form.submit();
            """,
            email,
            password);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (authenticationContext.isAuthenticated()) {
      event.forwardTo("");
      return;
    }
    if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
      loginForm.setError(true);
    }
  }
}
