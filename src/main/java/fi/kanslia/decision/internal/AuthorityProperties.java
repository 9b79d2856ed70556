package fi.kanslia.decision.internal;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Contact details of the authorities that the decision rules name (rectification and appeal
 * authorities), by the id the rules use. Configuration: addresses change without a release.
 */
@ConfigurationProperties("kanslia")
record AuthorityProperties(Map<String, Contact> authorities) {

  AuthorityProperties {
    authorities = authorities == null ? Map.of() : Map.copyOf(authorities);
  }

  record Contact(String nameFi, String nameSv, String postalAddress, String email) {}
}
