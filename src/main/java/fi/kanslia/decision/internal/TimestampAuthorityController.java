package fi.kanslia.decision.internal;

import fi.kanslia.decision.internal.SigningConfiguration.SigningSetup;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The local RFC 3161 timestamp authority of the embedded default, on this application's port
 * (loopback only). In production {@code KANSLIA_SIGNING_TSA_URL} names the municipality's TSA and
 * this endpoint answers 404.
 */
@RestController
class TimestampAuthorityController {

  private final SigningSetup setup;

  TimestampAuthorityController(SigningSetup setup) {
    this.setup = setup;
  }

  @PostMapping(path = "/tsa", consumes = "application/timestamp-query",
      produces = "application/timestamp-reply")
  ResponseEntity<byte[]> timestamp(@RequestBody byte[] request) {
    if (setup.developmentPki() == null) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/timestamp-reply"))
        .body(setup.developmentPki().timestampAuthority().respond(request));
  }
}
