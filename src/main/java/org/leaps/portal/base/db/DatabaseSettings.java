package org.leaps.portal.base.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the portal's database lives. With no {@code url}, an embedded MariaDB is started with its
 * data in {@code embeddedDataDir}.
 *
 * @param shareEmbeddedServer keep one embedded server per JVM (the test suite) instead of one per
 *     application context
 * @param freshEmbeddedData wipe the embedded data directory before the first start (test runs)
 */
@ConfigurationProperties("leaps.db")
public record DatabaseSettings(
    String url,
    String user,
    String password,
    @DefaultValue("data/mariadb") Path embeddedDataDir,
    @DefaultValue("leaps") String embeddedDatabaseName,
    @DefaultValue("false") boolean shareEmbeddedServer,
    @DefaultValue("false") boolean freshEmbeddedData) {

  public boolean usesExternalDatabase() {
    return url != null && !url.isBlank();
  }
}
