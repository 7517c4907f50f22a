package org.leaps.portal.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leaps.portal.LeapsPortalApplication;
import org.leaps.portal.testsupport.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** LEAPS_DB_URL switches to an external MariaDB; an unreachable one is reported in one line. */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseTest {

  @Autowired DataSource suiteDataSource;

  private static String[] args(String url) {
    return new String[] {
      "--spring.profiles.active=test",
      "--server.port=0",
      "--leaps.db.url=" + url,
      "--leaps.db.user=root",
      "--leaps.db.password=",
      "--leaps.db.share-embedded-server=false",
      "--leaps.demo.enabled=false"
    };
  }

  @Test
  void anExternalUrlIsUsedAndNothingEmbeddedStarts(CapturedOutput output) {
    // The suite's own server stands in for an external MariaDB here.
    String url = ((HikariDataSource) suiteDataSource).getJdbcUrl();
    int before = countEmbeddedStarts(output);
    try (var context = new SpringApplicationBuilder(LeapsPortalApplication.class).run(args(url))) {
      var dataSource = (HikariDataSource) context.getBean(DataSource.class);
      assertThat(dataSource.getJdbcUrl()).isEqualTo(url);
      assertThat(
              new JdbcTemplate(dataSource)
                  .queryForObject("select count(*) from county", Integer.class))
          .isEqualTo(82);
    }
    assertThat(countEmbeddedStarts(output)).isEqualTo(before);
  }

  @Test
  void anUnreachableDatabaseIsReportedInOneLineNamingTheUrl(CapturedOutput output)
      throws Exception {
    int closedPort;
    try (var socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "jdbc:mariadb://127.0.0.1:" + closedPort + "/leaps";
    assertThatThrownBy(
            () -> new SpringApplicationBuilder(LeapsPortalApplication.class).run(args(url)))
        .hasStackTraceContaining("DatabaseUnavailableException");
    assertThat(output.getOut() + output.getErr())
        .contains("The database at " + url + " cannot be reached")
        .doesNotContain("HikariPool-")
        .contains("Check LEAPS_DB_URL");
  }

  private static int countEmbeddedStarts(CapturedOutput output) {
    return output.getAll().split("Embedded MariaDB started", -1).length - 1;
  }
}
