package org.leaps.portal.availability;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Lets browsers load this module's stylesheet. Vaadin's security setup only opens {@code
 * /styles.css}, {@code /aura/**} and a few other fixed paths, so {@code /styles/availability.css}
 * was answered 403 and the screens rendered unstyled. This chain matches that one static file and
 * nothing else. (A project-wide rule for {@code /styles/**} in the security module would replace
 * it; see docs/decisions/023.)
 */
@Configuration(proxyBeanMethods = false)
class AvailabilityWebResources {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain availabilityStylesheet(HttpSecurity http) throws Exception {
    return http.securityMatcher("/styles/availability.css")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .requestCache(cache -> cache.disable())
        .securityContext(context -> context.disable())
        .sessionManagement(session -> session.disable())
        .build();
  }
}
