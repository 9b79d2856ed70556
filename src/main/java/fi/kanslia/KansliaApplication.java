package fi.kanslia;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Kanslia: applications, decisions and records for municipal education services.
 *
 * <p>Each top-level package is a feature module (see {@code package-info.java} in each). With no
 * external addresses configured the application starts its embedded defaults itself (see
 * {@link fi.kanslia.platform}).
 */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class KansliaApplication {

  static {
    // Kanslia serves Finnish municipalities: dates and times shown to people are Finnish time.
    java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Europe/Helsinki"));
  }

  public static void main(String[] args) {
    SpringApplication.run(KansliaApplication.class, args);
  }
}
