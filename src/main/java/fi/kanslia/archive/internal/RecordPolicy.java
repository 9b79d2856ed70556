package fi.kanslia.archive.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The records-management metadata of the school-place decision type (TOS, JHS 191): publicity,
 * retention and its basis. Configuration, because the municipality's plan decides it.
 */
@ConfigurationProperties("kanslia.decisions.school-place")
record RecordPolicy(
    String documentType,
    String publicityClass,
    String publicityLegalBasis,
    Integer secrecyPeriodYears,
    boolean containsPersonalData,
    String retentionPeriod,
    String retentionBasis) {

  String title(String language) {
    return "sv".equals(language) ? "Beslut om skolplats" : "Päätös koulupaikasta";
  }
}
