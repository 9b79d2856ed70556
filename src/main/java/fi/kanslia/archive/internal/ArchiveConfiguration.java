package fi.kanslia.archive.internal;

import fi.kanslia.archiveadapter.CmisConnectionSettings;
import fi.kanslia.archiveadapter.CmisRecordArchive;
import fi.kanslia.archiveadapter.EmbeddedCmisRepository;
import fi.kanslia.archiveadapter.RecordArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The archive adapter: Alfresco (or any CMIS 1.1 browser binding) when an address is configured,
 * otherwise the in-process repository served on this application's own port.
 */
@Configuration
class ArchiveConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ArchiveConfiguration.class);

  @Bean
  @ConditionalOnExpression("'${kanslia.archive.cmis.url:}'.isBlank()")
  ServletContextInitializer embeddedCmisRepository() {
    return context -> {
      EmbeddedCmisRepository.install(context, "/cmis");
      log.info("Serving the in-process CMIS archive at /cmis/browser (loopback only, kept in memory)");
    };
  }

  @Bean
  RecordArchive recordArchive(Environment environment,
      @Value("${kanslia.archive.cmis.url:}") String url,
      @Value("${kanslia.archive.cmis.repository-id:-default-}") String repositoryId,
      @Value("${kanslia.archive.cmis.username:}") String username,
      @Value("${kanslia.archive.cmis.password:}") String password) {
    if (!url.isBlank()) {
      return new CmisRecordArchive(new CmisConnectionSettings(url, repositoryId, username, password));
    }
    // The embedded repository's port is known once the web server runs: connect on first use.
    return new LazyRecordArchive(() -> new CmisRecordArchive(new CmisConnectionSettings(
        "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + "/cmis/browser",
        EmbeddedCmisRepository.REPOSITORY_ID, "kanslia", "kanslia")));
  }
}
