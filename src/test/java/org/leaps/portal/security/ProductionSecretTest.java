package org.leaps.portal.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.leaps.portal.LeapsPortalApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/** Production never runs on the demo realm's public client secret (decision 047). */
class ProductionSecretTest {

  @Test
  void productionWithTheDevelopmentSecretRefusesToStartWithAClearMessage() {
    // The real application, as SPRING_PROFILES_ACTIVE=prod,keycloak without KEYCLOAK_CLIENT_SECRET.
    assertThatThrownBy(() ->
            new SpringApplicationBuilder(LeapsPortalApplication.class)
                .profiles("prod", "keycloak")
                .properties("spring.main.banner-mode=off")
                .run("--server.port=0"))
        .hasMessageContaining("Profile prod refuses to start")
        .hasMessageContaining("KEYCLOAK_CLIENT_SECRET");
  }

  @Test
  void productionWithItsOwnSecretPassesTheCheck() {
    var environment =
        new MockEnvironment()
            .withProperty(DevClientSecretGuard.SECRET_PROPERTY, "a-real-secret-from-the-vault");
    environment.setActiveProfiles("prod", "keycloak");
    assertThatCode(() -> DevClientSecretGuard.check(environment)).doesNotThrowAnyException();
  }

  @Test
  void theDevelopmentSecretIsFineOutsideProduction() {
    var environment =
        new MockEnvironment()
            .withProperty(DevClientSecretGuard.SECRET_PROPERTY, DevClientSecretGuard.DEV_SECRET);
    environment.setActiveProfiles("keycloak");
    assertThatCode(() -> DevClientSecretGuard.check(environment)).doesNotThrowAnyException();
  }
}
