package fi.kanslia.documents;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A verification outcome with its evidence: DSS's ETSI TS 119 102-2 validation report, produced
 * on demand (marshalling it costs time). Absent when DSS never ran, e.g. for an unsigned file.
 */
public final class VerifiedDocument {

    private final VerificationReport report;
    private final Supplier<String> etsiReport;

    VerifiedDocument(VerificationReport report, Supplier<String> etsiReport) {
        this.report = report;
        this.etsiReport = etsiReport;
    }

    static VerifiedDocument without(VerificationReport report) {
        return new VerifiedDocument(report, null);
    }

    public VerificationReport report() {
        return report;
    }

    /** The ETSI validation report as XML, to archive with the record. */
    public Optional<String> etsiValidationReportXml() {
        return etsiReport == null ? Optional.empty() : Optional.of(etsiReport.get());
    }
}
