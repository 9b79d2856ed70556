package fi.kanslia.archive.internal;

import fi.kanslia.archiveadapter.ArchivedRecord;
import fi.kanslia.archiveadapter.ArchivedRecordSummary;
import fi.kanslia.archiveadapter.RecordArchive;
import fi.kanslia.audit.AuditEvent;
import fi.kanslia.audit.AuditLog;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.decision.DecisionSignatures;
import fi.kanslia.identity.CurrentUser;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.identity.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The archivist's desk: find decision records, read them with metadata, verify signatures. */
@Controller
@RequestMapping("/archive")
class ArchivistController {

  private static final java.time.format.DateTimeFormatter DATE =
      java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy");

  private final CurrentUser currentUser;
  private final RecordArchive archive;
  private final CaseFiles cases;
  private final People people;
  private final DecisionSignatures signatures;
  private final AuditLog audit;

  ArchivistController(CurrentUser currentUser, RecordArchive archive, CaseFiles cases,
      People people, DecisionSignatures signatures, AuditLog audit) {
    this.currentUser = currentUser;
    this.archive = archive;
    this.cases = cases;
    this.people = people;
    this.signatures = signatures;
    this.audit = audit;
  }

  @GetMapping
  String search(@RequestParam(required = false) String caseNumber,
      @RequestParam(required = false) String child, Model model) {
    KansliaUser archivist = currentUser.require(Role.ARCHIVIST);
    String m = archivist.municipalityCode();
    List<Hit> hits = new ArrayList<>();
    if (caseNumber != null && !caseNumber.isBlank()) {
      hits.addAll(hits(m, caseNumber.strip(), null));
      audit.record(new AuditEvent(m, archivist.auditName(), "SEARCH", "case-number",
          caseNumber.strip(), "Archive retrieval"));
    } else if (child != null && !child.isBlank()) {
      for (Person person : people.searchChildren(m, child)) {
        for (CaseFile caseFile : cases.ofChildren(m, List.of(person.id()))) {
          hits.addAll(hits(m, caseFile.caseNumber(),
              person.fullName() + " (" + person.identityCode().masked() + ")"));
        }
      }
      audit.record(new AuditEvent(m, archivist.auditName(), "SEARCH", "child",
          "query-length-" + child.strip().length(), "Archive retrieval"));
    }
    model.addAttribute("hits", hits);
    model.addAttribute("caseNumber", caseNumber);
    model.addAttribute("child", child);
    model.addAttribute("searched", caseNumber != null || child != null);
    return "archive/search";
  }

  @GetMapping("/records/{objectId}")
  String record(@PathVariable String objectId, Model model) {
    KansliaUser archivist = currentUser.require(Role.ARCHIVIST);
    ArchivedRecord record = fetch(archivist, objectId);
    audit.record(new AuditEvent(archivist.municipalityCode(), archivist.auditName(), "READ",
        "archived-record", objectId, "Archive retrieval: metadata and signature verification"));
    model.addAttribute("record", record);
    model.addAttribute("metadata", record.metadata());
    model.addAttribute("check", "application/pdf".equals(record.mimeType())
        ? signatures.verify(record.content()) : null);
    return "archive/record";
  }

  @GetMapping("/records/{objectId}/content")
  ResponseEntity<byte[]> content(@PathVariable String objectId) {
    KansliaUser archivist = currentUser.require(Role.ARCHIVIST);
    ArchivedRecord record = fetch(archivist, objectId);
    audit.record(new AuditEvent(archivist.municipalityCode(), archivist.auditName(), "READ",
        "archived-record-content", objectId, "Archive retrieval: document download"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(record.mimeType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(record.fileName()).build().toString())
        .body(record.content());
  }

  /** The case's archived decisions, each with the validation report filed beside it. */
  private List<Hit> hits(String municipality, String caseNumber, String child) {
    List<ArchivedRecordSummary> records = archive.findByCaseNumber(municipality, caseNumber);
    return records.stream()
        .filter(r -> !r.metadata().documentType().equals(DecisionFiling.EVIDENCE_TYPE))
        .map(r -> new Hit(r.ref().objectId(), r.metadata().caseNumber(), r.metadata().title(),
            DATE.format(r.metadata().documentDate()), child, records.stream()
                .filter(e -> e.metadata().recordId()
                    .equals(r.metadata().recordId() + DecisionFiling.EVIDENCE_SUFFIX))
                .map(e -> e.ref().objectId()).findFirst().orElse(null)))
        .toList();
  }

  private ArchivedRecord fetch(KansliaUser archivist, String objectId) {
    return archive.fetch(objectId)
        .filter(r -> r.metadata().municipalityCode().equals(archivist.municipalityCode()))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such record"));
  }

  /** One search result. */
  record Hit(String objectId, String caseNumber, String title, String date, String child,
      String evidenceObjectId) {}
}
