package org.leaps.portal.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Mississippi runs on Central time; instants are stored, this zone is how people read them. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

  public static final ZoneId PROGRAM_ZONE = ZoneId.of("America/Chicago");

  @Bean
  Clock clock() {
    return Clock.system(PROGRAM_ZONE);
  }
}
