package fi.kanslia.decision.internal;

import fi.kanslia.decision.DecisionSignatures;
import fi.kanslia.decision.SignatureCheck;
import fi.kanslia.documents.SignatureExtender;
import fi.kanslia.documents.SignatureVerifier;
import fi.kanslia.documents.VerificationReport;
import fi.kanslia.documents.VerifiedDocument;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Service;

@Service
class DssDecisionSignatures implements DecisionSignatures {

  private final SignatureVerifier verifier;
  private final SignatureExtender extender;

  DssDecisionSignatures(SignatureVerifier verifier, SignatureExtender extender) {
    this.verifier = verifier;
    this.extender = extender;
  }

  @Override
  public byte[] extendToLongTerm(byte[] pdf) {
    return extender.extendToLta(pdf);
  }

  @Override
  public byte[] validationEvidence(byte[] pdf) {
    VerifiedDocument verified = verifier.verifyWithEvidence(pdf);
    if (!verified.report().valid()) {
      throw new IllegalStateException("The signature is not valid: " + verified.report().messages());
    }
    return verified.etsiValidationReportXml()
        .orElseThrow(() -> new IllegalStateException("DSS produced no validation report"))
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public SignatureCheck verify(byte[] pdf) {
    VerificationReport report = verifier.verify(pdf);
    return new SignatureCheck(report.valid(), report.signatureLevel(), report.signerName(),
        report.signingTime(), report.timestampPresent(), report.modifiedAfterSigning(),
        report.messages());
  }
}
