package org.leaps.portal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.leaps.portal.security.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Views are guarded by {@code @RolesAllowed}/{@code @PermitAll}, services by method security, and
 * roster queries by {@link AccessScope}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

  @Bean
  @ConditionalOnProperty(name = "leaps.auth.mode", havingValue = "demo", matchIfMissing = true)
  SecurityFilterChain demoSecurityFilterChain(HttpSecurity http) throws Exception {
    permitOperationalEndpoints(http);
    return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
        .build();
  }

  @Bean
  @ConditionalOnProperty(name = "leaps.auth.mode", havingValue = "demo", matchIfMissing = true)
  DemoSignIn demoSignIn(AccountService accountService) {
    return new DemoSignIn(accountService);
  }

  static void permitOperationalEndpoints(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests ->
        requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
  }
}
