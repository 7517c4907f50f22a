package org.leaps.portal.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nothing in the callout tables can hold a narrative or a name: read from the live schema, the only
 * free-text column is the meeting point (at most 120 characters); every other text column is a
 * short fixed code.
 */
@PortalTest
class CalloutSchemaGuardTest {

  private static final Set<String> CODE_COLUMNS =
      Set.of(
          "callout.county_fips",
          "callout.incident_zip",
          "callout.category",
          "callout.state",
          "callout_offer.response");

  @Autowired JdbcTemplate jdbc;

  @Test
  void theMeetingPointIsTheOnlyFreeTextColumn() {
    List<Map<String, Object>> textColumns =
        jdbc.queryForList(
            "select table_name, column_name, data_type, character_maximum_length"
                + " from information_schema.columns where table_schema = database()"
                + " and table_name like 'callout%'"
                + " and data_type in ('char', 'varchar', 'tinytext', 'text', 'mediumtext',"
                + " 'longtext', 'json', 'blob', 'tinyblob', 'mediumblob', 'longblob', 'binary',"
                + " 'varbinary', 'enum', 'set')");
    assertThat(textColumns).isNotEmpty();
    for (Map<String, Object> column : textColumns) {
      String name = column.get("table_name") + "." + column.get("column_name");
      long length = ((Number) column.get("character_maximum_length")).longValue();
      if (name.equals("callout.meeting_point")) {
        assertThat(length).as(name).isEqualTo(120);
        continue;
      }
      assertThat(CODE_COLUMNS).as("free-text column %s", name).contains(name);
      assertThat(length).as("%s must be a short code", name).isLessThanOrEqualTo(32);
      assertThat(column.get("data_type")).as(name).isEqualTo("varchar");
    }
    List<String> tables =
        jdbc.queryForList(
            "select table_name from information_schema.tables where table_schema = database()"
                + " and table_name like 'callout%'",
            String.class);
    assertThat(tables).containsExactlyInAnyOrder("callout", "callout_offer");
  }
}
