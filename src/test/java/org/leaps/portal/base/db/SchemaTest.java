package org.leaps.portal.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The context starts only if Liquibase applied every changeset to the empty test database and
 * Hibernate's {@code ddl-auto=validate} found the entities and tables in agreement.
 */
@PortalTest
class SchemaTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void liquibaseBuiltTheSchemaOnRealMariaDb() {
    assertThat(jdbc.queryForObject("select version()", String.class)).contains("MariaDB");
    assertThat(jdbc.queryForObject("select count(*) from DATABASECHANGELOG", Integer.class))
        .isPositive();
    assertThat(jdbc.queryForObject("select count(*) from county", Integer.class)).isEqualTo(82);
    assertThat(jdbc.queryForObject("select count(*) from region", Integer.class)).isEqualTo(9);
  }

  @Test
  void everyCountyHasARegionAndACenterInMississippi() {
    assertThat(
            jdbc.queryForObject(
                "select count(*) from county where region_code is null"
                    + " or latitude not between 30.1 and 35.0"
                    + " or longitude not between -91.7 and -88.0",
                Integer.class))
        .isZero();
    assertThat(jdbc.queryForObject("select name from county where fips = '28047'", String.class))
        .isEqualTo("Harrison");
  }

  @Test
  void hibernateNeverCreatesTables() {
    assertThat(
            jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_schema = database()"
                    + " and table_name like 'hibernate%'",
                Integer.class))
        .isZero();
  }
}
