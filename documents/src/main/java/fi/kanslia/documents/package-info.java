/**
 * Decision documents: the structured content of an administrative decision
 * ({@link fi.kanslia.documents.DecisionContent}, with the Hallintolaki 44–47 § completeness gate),
 * its PDF/A-3a rendering ({@link fi.kanslia.documents.PdfaDecisionRenderer}) with the structured data
 * embedded ({@link fi.kanslia.documents.DecisionData}), PAdES-BASELINE-T
 * signing with an RFC 3161 time stamp ({@link fi.kanslia.documents.PadesSigner},
 * {@link fi.kanslia.documents.TimestampClient}), extension to PAdES-BASELINE-LTA for the archive
 * ({@link fi.kanslia.documents.SignatureExtender}) and offline verification with EU DSS
 * ({@link fi.kanslia.documents.SignatureVerifier}). Signing keys come from PKCS#12 files or PKCS#11
 * tokens ({@link fi.kanslia.documents.SigningCredentials}).
 *
 * <p>Plain Java without Spring: the application wires it. {@link fi.kanslia.documents.DevelopmentPki}
 * and {@link fi.kanslia.documents.LocalTimestampAuthority} are the embedded defaults for development;
 * production uses the municipality's own signing certificate and time-stamping authority.
 */
package fi.kanslia.documents;
