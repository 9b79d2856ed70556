package fi.kanslia.decision.internal;

import fi.kanslia.decision.DecisionSignatures;
import fi.kanslia.decision.SignatureCheck;
import fi.kanslia.documents.SignatureVerifier;
import fi.kanslia.documents.VerificationReport;
import org.springframework.stereotype.Service;

@Service
class DssDecisionSignatures implements DecisionSignatures {

  private final SignatureVerifier verifier;

  DssDecisionSignatures(SignatureVerifier verifier) {
    this.verifier = verifier;
  }

  @Override
  public SignatureCheck verify(byte[] pdf) {
    VerificationReport report = verifier.verify(pdf);
    return new SignatureCheck(report.valid(), report.signatureLevel(), report.signerName(),
        report.signingTime(), report.timestampPresent(), report.modifiedAfterSigning(),
        report.messages());
  }
}
