package org.leaps.portal.alert.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Serves this feature's public stylesheet. Vaadin's security configuration only lets through its
 * own public paths ({@code /styles.css}, {@code /VAADIN/**}, ...), so {@code /styles/alerts.css}
 * was refused (403) and the alert screens were unstyled. This chain matches that one file only.
 * Once the shared security configuration permits {@code /styles/**}, this class can go.
 */
@Configuration(proxyBeanMethods = false)
class AlertStylesheetAccess {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE + 10)
  SecurityFilterChain alertStylesheetChain(HttpSecurity http) throws Exception {
    return http.securityMatcher("/styles/alerts.css")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable())
        .build();
  }
}
