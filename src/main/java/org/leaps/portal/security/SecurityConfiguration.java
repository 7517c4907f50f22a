package org.leaps.portal.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.leaps.portal.security.oidc.ClusterOidcSessionRegistry;
import org.leaps.portal.security.oidc.KeycloakSessionCheck;
import org.leaps.portal.security.oidc.KeycloakSettings;
import org.leaps.portal.security.oidc.OpenHttpSessions;
import org.leaps.portal.security.oidc.PortalOidcUserService;
import org.leaps.portal.security.ui.LoginView;
import org.leaps.portal.security.ui.SignInFailedView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Views are guarded by {@code @RolesAllowed}/{@code @PermitAll}, services by method security, and
 * roster queries by {@link AccessScope}. Two sign-in paths, chosen by {@code leaps.auth.mode}: the
 * demo accounts ({@code demo}, embedded default) or Keycloak ({@code oidc}, profile keycloak). Both
 * end in {@link AccountService} and produce the same {@link PortalUser}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties({KeycloakSettings.class, OAuth2ClientProperties.class})
class SecurityConfiguration {

  @Bean
  @ConditionalOnProperty(name = "leaps.auth.mode", havingValue = "demo", matchIfMissing = true)
  SecurityFilterChain demoSecurityFilterChain(HttpSecurity http, RequestUtil requestUtil)
      throws Exception {
    permitOperationalEndpoints(http);
    SecurityHeaders.apply(http, null);
    // Vaadin's own CSRF setup exempts the sign-in form from the token; here only Vaadin's internal
    // requests (which carry Vaadin's own token) are exempt, so a sign-in post needs the token too.
    http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
    // Vaadin's default for an address that is no known route is denyAll: a signed-in person who
    // mistyped one got an empty 403. Signed-in requests reach Vaadin instead, which shows the
    // portal's own "page not found"; who may open a route stays with the views' annotations.
    return http.with(
            VaadinSecurityConfigurer.vaadin(),
            vaadin ->
                vaadin
                    .loginView(LoginView.class)
                    .enableCsrfConfiguration(false)
                    .anyRequest(AuthorizedUrl::authenticated))
        .build();
  }

  @Bean
  @ConditionalOnProperty(name = "leaps.auth.mode", havingValue = "demo", matchIfMissing = true)
  DemoSignIn demoSignIn(AccountService accountService) {
    return new DemoSignIn(accountService);
  }

  /**
   * Keycloak single sign-on: authorization code flow with PKCE, RP-initiated logout that ends the
   * Keycloak session (Vaadin installs OidcClientInitiatedLogoutSuccessHandler for the post-logout
   * URI), and OIDC back-channel logout so that a person signed out or disabled in Keycloak loses
   * the portal session too.
   */
  @Bean
  @ConditionalOnProperty(name = "leaps.auth.mode", havingValue = "oidc")
  SecurityFilterChain oidcSecurityFilterChain(
      HttpSecurity http,
      PortalOidcUserService oidcUserService,
      KeycloakSettings keycloak,
      ClusterOidcSessionRegistry sessionRegistry)
      throws Exception {
    permitOperationalEndpoints(http);
    SecurityHeaders.apply(http, keycloak.url());
    http.oauth2Login(login ->
        login
            .userInfoEndpoint(info -> info.oidcUserService(oidcUserService))
            .failureHandler(SecurityConfiguration::explainFailedSignIn));
    http.oidcLogout(logout ->
        logout.oidcSessionRegistry(sessionRegistry).backChannel(Customizer.withDefaults()));
    return http.with(
            VaadinSecurityConfigurer.vaadin(),
            vaadin ->
                vaadin
                    .oauth2LoginPage(keycloak.loginPath(), "{baseUrl}")
                    .anyRequest(AuthorizedUrl::authenticated))
        .build();
  }

  @Bean
  @ConditionalOnProperty(name = "leaps.auth.mode", havingValue = "oidc")
  PortalOidcUserService portalOidcUserService(AccountService accountService) {
    return new PortalOidcUserService(accountService);
  }

  /** Lets a logout relayed from another node end a session here (a servlet listener bean). */
  @Bean
  @ConditionalOnProperty(name = "leaps.auth.mode", havingValue = "oidc")
  OpenHttpSessions openHttpSessions() {
    return new OpenHttpSessions();
  }

  /** Ends sessions Keycloak no longer accepts within a minute (decision 048). */
  @Bean
  @ConditionalOnProperty(name = "leaps.auth.mode", havingValue = "oidc")
  KeycloakSessionCheck keycloakSessionCheck(
      OpenHttpSessions openSessions,
      org.springframework.security.oauth2.client.OAuth2AuthorizedClientService authorizedClients,
      @org.springframework.beans.factory.annotation.Value("${leaps.sso.session-recheck-after:40s}")
          java.time.Duration recheckAfter,
      java.time.Clock clock) {
    return new KeycloakSessionCheck(openSessions, authorizedClients, recheckAfter, clock);
  }

  /** Both sign-in (which saves sessions) and back-channel logout pick this registry up. */
  @Bean
  @ConditionalOnProperty(name = "leaps.auth.mode", havingValue = "oidc")
  ClusterOidcSessionRegistry oidcSessionRegistry(
      org.springframework.context.ApplicationEventPublisher events, OpenHttpSessions openSessions) {
    return new ClusterOidcSessionRegistry(events, openSessions);
  }

  /**
   * The client registrations from {@code spring.security.oauth2.client.*} (explicit endpoints, no
   * discovery, so the portal starts while Keycloak is down), completed with what discovery would
   * have given: the issuer (checked on ID and logout tokens) and the end-session endpoint (for
   * RP-initiated logout), plus PKCE for this confidential client.
   */
  @Bean
  @ConditionalOnProperty(name = "leaps.auth.mode", havingValue = "oidc")
  ClientRegistrationRepository clientRegistrationRepository(
      OAuth2ClientProperties properties, KeycloakSettings keycloak) {
    Map<String, ClientRegistration> registrations = new LinkedHashMap<>();
    new OAuth2ClientPropertiesMapper(properties)
        .asClientRegistrations()
        .forEach((id, registration) -> {
          if (id.equals(keycloak.registrationId())) {
            registration =
                ClientRegistration.withClientRegistration(registration)
                    .issuerUri(keycloak.issuer())
                    .providerConfigurationMetadata(
                        Map.of("end_session_endpoint", keycloak.endSessionEndpoint()))
                    .clientSettings(
                        ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                    .build();
          }
          registrations.put(id, registration);
        });
    if (!registrations.containsKey(keycloak.registrationId())) {
      throw new IllegalStateException(
          "leaps.auth.mode=oidc needs the client registration spring.security.oauth2.client"
              + ".registration."
              + keycloak.registrationId()
              + " (see application-keycloak.properties)");
    }
    return new InMemoryClientRegistrationRepository(registrations);
  }

  /**
   * A Keycloak sign-in that ends without a session goes to the portal's own page, which says why in
   * fixed words and whom to contact (SignInFailedView), not Spring's generic login page.
   */
  static void explainFailedSignIn(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    String code =
        failure instanceof OAuth2AuthenticationException oauth
            ? oauth.getError().getErrorCode()
            : "";
    SignInFailedView.Reason reason =
        switch (code) {
          case PortalOidcUserService.ACCOUNT_LINK_REFUSED -> SignInFailedView.Reason.LINK_REFUSED;
          case PortalOidcUserService.ACCOUNT_DISABLED -> SignInFailedView.Reason.DISABLED;
          default -> SignInFailedView.Reason.FAILED;
        };
    response.sendRedirect(
        request.getContextPath() + "/" + SignInFailedView.ROUTE + "?reason=" + reason.code());
  }

  /** Health for probes, and the features' stylesheets (public files, no data). */
  static void permitOperationalEndpoints(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests ->
        requests
            .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**")
            .permitAll());
  }
}
