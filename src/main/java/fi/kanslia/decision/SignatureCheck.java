package fi.kanslia.decision;

import java.time.Instant;
import java.util.List;

/**
 * The verdict on a signed decision file. A file changed after signing is never valid, even where
 * the validation library only warns about it.
 */
public record SignatureCheck(
    boolean valid,
    String level,
    String signerName,
    Instant signingTime,
    boolean timestamped,
    boolean modifiedAfterSigning,
    List<String> messages) {}
