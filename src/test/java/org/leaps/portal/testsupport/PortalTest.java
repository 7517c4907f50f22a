package org.leaps.portal.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring Boot test on the real stack: the suite's one embedded MariaDB, Liquibase schema and demo
 * data. Tests that write use their own records so that they do not disturb each other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(SecurityStrategyExtension.class)
public @interface PortalTest {}
