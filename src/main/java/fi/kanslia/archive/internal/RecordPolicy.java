package fi.kanslia.archive.internal;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The records-management metadata per decision type (TOS, JHS 191): task class, retention and its
 * basis, secrecy period. Configuration, because the municipality's records plan decides it; the
 * publicity class and its legal basis come from the decision rules.
 */
@ConfigurationProperties("kanslia")
record RecordPolicy(Map<String, TypePolicy> records) {

  RecordPolicy {
    records = records == null ? Map.of() : Map.copyOf(records);
  }

  /** The policy of a decision type such as {@code SCHOOL_PLACE} (configured as {@code school-place}). */
  TypePolicy of(String decisionType) {
    TypePolicy policy = records.get(decisionType.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    if (policy == null) {
      throw new IllegalStateException("kanslia.records has no policy for decision type " + decisionType);
    }
    return policy;
  }

  record TypePolicy(
      String taskClassCode,
      String documentType,
      Integer secrecyPeriodYears,
      boolean containsPersonalData,
      String retentionPeriod,
      String retentionBasis) {}
}
