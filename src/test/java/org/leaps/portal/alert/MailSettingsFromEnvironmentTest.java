package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.yaml.snakeyaml.Yaml;

/**
 * The e-mail variables the deployment file passes are the ones the portal reads at start-up: each
 * is documented, and given values they reach the SMTP sender and the alert settings (read as real
 * environment variables, through Spring Boot's relaxed binding, on top of application.properties).
 */
class MailSettingsFromEnvironmentTest {

  private static final Path COMPOSE = Path.of("config", "compose.yaml");

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(AlertSettings.class)
  static class Settings {}

  /** The portal service's environment as config/compose.yaml writes it. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> composePortalEnvironment() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
    var services = (Map<String, Object>) compose.get("services");
    var portal = (Map<String, Object>) services.get("portal");
    return (Map<String, Object>) portal.get("environment");
  }

  private static ApplicationContextRunner startingWith(Map<String, Object> environment) {
    return new ApplicationContextRunner()
        .withInitializer(new ConfigDataApplicationContextInitializer())
        .withInitializer(context ->
            context
                .getEnvironment()
                .getPropertySources()
                .addFirst(
                    new SystemEnvironmentPropertySource(
                        "test-systemEnvironment", new LinkedHashMap<>(environment))))
        .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
        .withUserConfiguration(Settings.class);
  }

  @Test
  void everyVariableTheDeploymentFilePassesIsDocumented() throws IOException {
    String docs =
        Files.readString(Path.of("README.md"))
            + Files.readString(Path.of("docs", "decisions", "036-alert-configuration.md"))
            + Files.readString(Path.of("docs", "keycloak.md"));
    assertThat(composePortalEnvironment().keySet())
        .isNotEmpty()
        .allSatisfy(name -> assertThat(docs).as(name).contains("`" + name + "`"));
  }

  @Test
  void theDeploymentFilesMailVariablesReachTheSenderAndTheAlertSettings() throws IOException {
    Map<String, Object> environment = new LinkedHashMap<>();
    composePortalEnvironment().keySet().stream()
        .filter(name -> name.contains("MAIL"))
        .forEach(name -> environment.put(name, ""));
    assertThat(environment)
        .containsOnlyKeys(
            "SPRING_MAIL_HOST",
            "SPRING_MAIL_PORT",
            "SPRING_MAIL_USERNAME",
            "SPRING_MAIL_PASSWORD",
            "LEAPS_ALERTS_MAIL_FROM");
    environment.put("SPRING_MAIL_HOST", "smtp.agency.test");
    environment.put("SPRING_MAIL_PORT", "587");
    environment.put("SPRING_MAIL_USERNAME", "portal");
    environment.put("SPRING_MAIL_PASSWORD", "secret");
    environment.put("LEAPS_ALERTS_MAIL_FROM", "alerts@agency.test");

    startingWith(environment)
        .run(context -> {
          assertThat(context).hasNotFailed();
          var sender = (JavaMailSenderImpl) context.getBean(JavaMailSender.class);
          assertThat(sender.getHost()).isEqualTo("smtp.agency.test");
          assertThat(sender.getPort()).isEqualTo(587);
          assertThat(sender.getUsername()).isEqualTo("portal");
          assertThat(sender.getPassword()).isEqualTo("secret");
          assertThat(context.getBean(AlertSettings.class).mailFrom())
              .isEqualTo("alerts@agency.test");
          assertThat(mailerOf(context).sender()).isSameAs(sender);
        });
  }

  @Test
  void anEmptyMailHostAsTheDeploymentFileLeavesItMeansPortalOnlyDelivery() {
    startingWith(Map.of("SPRING_MAIL_HOST", "", "SPRING_MAIL_PORT", "25"))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(mailerOf(context).sender()).isNull();
        });
  }

  @Test
  void theOldUndocumentedVariableIsNotWhatTheSenderReads() {
    startingWith(Map.of("LEAPS_MAIL_HOST", "smtp.agency.test"))
        .run(context -> assertThat(context).doesNotHaveBean(JavaMailSender.class));
  }

  private static AlertMailer mailerOf(org.springframework.context.ApplicationContext context) {
    return new AlertMailer(
        context.getBeanProvider(JavaMailSender.class),
        null,
        null,
        context.getBean(AlertSettings.class),
        null,
        Clock.systemUTC(),
        Runnable::run);
  }
}
