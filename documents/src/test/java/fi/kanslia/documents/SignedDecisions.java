package fi.kanslia.documents;

import java.nio.file.Path;
import java.util.List;

/** A development PKI with a renderer, signer and verifier wired to it, as the application would. */
record SignedDecisions(DevelopmentPki pki, PdfaDecisionRenderer renderer, PadesSigner signer, SignatureVerifier verifier) {

    static SignedDecisions in(Path directory) {
        DevelopmentPki pki = DevelopmentPki.loadOrCreate(directory, "Järvenpään kaupunki");
        return new SignedDecisions(pki, new PdfaDecisionRenderer(),
                new PadesSigner(pki.signingCredentials(), pki.timestampAuthority().client()),
                new SignatureVerifier(List.of(pki.rootCertificate()), List.of(pki.crl())));
    }

    byte[] signedFinnishDecision() {
        return signer.sign(renderer.render(DecisionFixtures.finnishSchoolPlace()), "Järvenpää", "Päätös");
    }
}
