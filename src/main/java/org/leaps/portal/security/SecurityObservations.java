package org.leaps.portal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No Micrometer observations of the security filter chain, of sign-ins or of authorization checks
 * (decision 125). With the actuator on the classpath an {@code ObservationRegistry} exists, and
 * Spring Security then wraps every filter of every request, and every method-security check, in an
 * observation. Nothing reads them: only health and info are exposed, and no tracing or metrics
 * exporter is configured. The load profile found them a few per cent of the CPU per request.
 */
@Configuration
class SecurityObservations {

  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }
}
