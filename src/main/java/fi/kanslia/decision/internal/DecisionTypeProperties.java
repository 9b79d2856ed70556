package fi.kanslia.decision.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The legal content of the school-place decision type: configuration, not code, so that a
 * municipality's lawyers can correct a provision or an authority without a release.
 */
@Validated
@ConfigurationProperties("kanslia.decisions.school-place")
public record DecisionTypeProperties(
    String taskClassCode,
    String documentType,
    String publicityClass,
    String publicityLegalBasis,
    boolean containsPersonalData,
    String retentionPeriod,
    String retentionBasis,
    List<String> provisions,
    InstructionProperties instruction) {

  /** The rectification or appeal instruction of the type. */
  public record InstructionProperties(
      String kind, String authority, String postalAddress, String email, int periodDays,
      String legalBasis) {}
}
