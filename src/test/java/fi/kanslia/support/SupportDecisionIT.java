package fi.kanslia.support;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.audit.AuditLog;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.Decisions;
import fi.kanslia.documents.DecisionContent;
import fi.kanslia.documents.DecisionData;
import fi.kanslia.documents.SignatureVerifier;
import fi.kanslia.documents.VerificationReport;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.notification.Notifications;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.PdfChecks;
import fi.kanslia.testsupport.RectificationSteps;
import fi.kanslia.testsupport.TestClock;
import fi.kanslia.testsupport.WebSession;
import fi.kanslia.testsupport.WebSession.Download;
import fi.kanslia.testsupport.WebSession.Page;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pupil-level support end to end over HTTP on the real parts: staff open the case, assess the
 * needs and plan the support; the guardians and the pupil aged 15 are heard; the principal
 * decides; the confidential decision is signed, sent to each party and archived with its marking.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupportDecisionIT extends KansliaIT {

  private static final String REASONING = "Oppilaan tuen tarve on arvioitu opettajien ja"
      + " oppilashuollon yhteistyönä. Ryhmäkohtainen tuki ei ole riittänyt lukuvuoden aikana.";

  @Autowired People people;
  @Autowired Decisions decisions;
  @Autowired Notifications notifications;
  @Autowired SignatureVerifier verifier;
  @Autowired AuditLog audit;
  @Autowired CaseFiles cases;

  @Test
  void pupilLevelSupportIsHeardDecidedByThePrincipalAndArchivedAsConfidential() throws IOException {
    WebSession official = as(OFFICIAL);
    String casePath = open(official, PUPIL_EETU);
    UUID caseId = caseId(casePath);
    String caseNumber = official.get(casePath).text("#case-number");
    assess(official, casePath, List.of("SMALL_GROUP", "AIDS"));
    plan(official, casePath);
    awaitStage(official, casePath, "HEARING");
    assertThat(official.get(casePath).document().select("table.hearings tbody tr").eachText())
        .hasSize(3).anySatisfy(row -> assertThat(row).contains(PUPIL_EETU, "oppilas"));

    WebSession maija = as(GUARDIAN);
    assertThat(maija.get("/guardian").document().select("a[href*=/guardian/support/]").eachText())
        .contains(caseNumber);
    Page hearing = maija.get("/guardian/support/" + caseId);
    assertThat(hearing.text("#hearing-deadline")).isNotBlank();
    assertThat(hearing.document().text()).contains("Pienryhmäopetus", "Tukisuunnitelma");
    Page empty = maija.submit("/guardian/support/" + caseId, "/guardian/support/" + caseId + "/hearing",
        Map.of("answer", " "));
    assertThat(empty.status()).isEqualTo(422);
    assertThat(empty.text(".error-summary")).contains("Täytä tämä kenttä");
    assertThat(answer(maija, caseId, "Kannatamme pienryhmää.").text("[role=status]"))
        .contains("Vastineesi on kirjattu");
    answer(as("huoltaja-mikko"), caseId, "Samaa mieltä.");
    UUID eetu = person(PUPIL_EETU).id();
    official.submit(casePath, casePath + "/hearing/" + eetu, Map.of("answer",
        "Eetu kertoi suullisesti 2.12. haluavansa kokeilla pienryhmää."));
    awaitStage(official, casePath, "PRINCIPAL_DECISION");

    LocalDate review = TestClock.today().plusMonths(6);
    Map<String, String> decision = Map.of("outcome", "APPROVED", "reasoning", REASONING,
        "reviewDate", review.toString());
    assertThat(official.submit(casePath, casePath + "/decision", decision).status())
        .as("only the principal decides").isEqualTo(403);
    WebSession principal = as(PRINCIPAL);
    Download preview = principal.uploadForm(casePath, casePath + "/preview", decision);
    assertThat(preview.contentType()).isEqualTo("application/pdf");
    assertThat(text(preview.body())).contains("Päätös oppilaskohtaisesta tuesta",
        review.getDayOfMonth() + "." + review.getMonthValue() + "." + review.getYear());
    Page decided = principal.submit(casePath, casePath + "/decision", decision);
    assertThat(decided.text("[role=status]")).contains("Päätös on tehty");

    eventually(Duration.ofSeconds(60), "the decision is signed, sent and archived",
        () -> decisions.forCase(caseId).map(DecisionSummary::archiveObjectId).isPresent());
    DecisionSummary summary = decisions.forCase(caseId).orElseThrow();
    assertThat(notifications.forDecision(summary.id())).extracting(n -> n.recipientId())
        .as("each guardian and the pupil aged 15 separately")
        .containsExactlyInAnyOrder(person("Maija Virtanen").id(), person("Mikko Virtanen").id(), eetu);

    Download pdf = maija.download("/guardian/cases/" + caseId + "/decision.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    PdfChecks.assertPdfAConformsToClaim(pdf.body());
    DecisionContent data = DecisionData.extract(pdf.body());
    assertThat(data.publicity().publicityClass()).isEqualTo(DecisionContent.PublicityClass.CONFIDENTIAL);
    assertThat(data.publicity().legalBasis()).contains("24 § 1 mom 30 k");
    assertThat(data.instruction().authorityName()).isEqualTo("Lupa- ja valvontavirasto");
    assertThat(data.parties()).extracting(DecisionContent.Party::name)
        .containsExactly(PUPIL_EETU, "Maija Virtanen", "Mikko Virtanen");
    String text = text(pdf.body());
    assertThat(text).contains("Päätös oppilaskohtaisesta tuesta", "pienryhmäopetus",
        "erityiset apuvälineet", "pannaan täytäntöön heti", "Maija Virtanen antoi vastineensa",
        "Riitta Rehtori", REASONING.substring(0, 40));
    VerificationReport signature = verifier.verify(pdf.body());
    assertThat(signature.valid()).as("%s", signature.messages()).isTrue();

    WebSession archivist = as(ARCHIVIST);
    String recordPath = archivist.get("/archive?caseNumber="
            + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8)).document()
        .select("a.record-link").stream().filter(a -> a.text().equals(caseNumber)).findFirst()
        .orElseThrow(() -> new AssertionError("The archive search did not find " + caseNumber))
        .attr("href");
    Page record = archivist.get(recordPath);
    assertThat(record.document().selectFirst("[data-field=publicityClass]").attr("data-value"))
        .isEqualTo("CONFIDENTIAL");
    assertThat(record.text("[data-field=taskClassCode]")).isEqualTo("12.01.02");
    assertThat(record.document().text()).contains("24 § 1 mom 30 k");

    Page filed = maija.submit("/guardian/support/" + caseId, "/guardian/cases/" + caseId
        + "/rectification", Map.of("text", "Pyydämme lisäksi avustajapalveluja."));
    assertThat(filed.text("#rectification [role=status]")).isNotBlank();
    eventually(Duration.ofSeconds(30), "the request is routed to the authority the rules name",
        () -> "FORWARDED".equals(maija.get("/guardian/support/" + caseId).document()
            .selectFirst("#rectification-status").attr("data-status")));
    assertThat(maija.get("/guardian/support/" + caseId).text("#rectification-status"))
        .contains("Lupa- ja valvontavirasto");
    assertThat(as(PRINCIPAL).get("/official/rectifications").document().text())
        .as("the deciding unit records the authority's outcome").contains(caseNumber);

    // The authority grants it: the decision implementing it is as confidential as the original.
    var supportCase = cases.find(MUNICIPALITY, caseId).orElseThrow();
    RectificationSteps.recordOutcome(principal, supportCase, "GRANTED", "LVV/3001/2026",
        "Ratkaisu kirjattu.");
    String implementation = RectificationSteps.implementationPage(principal, supportCase);
    String implementingNumber = principal.get(implementation).text("#case-number");
    principal.submit(implementation, implementation, Map.of("reasoning",
        "Lupa- ja valvontavirasto katsoi, että oppilaalle on järjestettävä myös avustajapalvelut."));
    var implementingCase = cases.findByNumber(MUNICIPALITY, implementingNumber).orElseThrow();
    eventually(Duration.ofSeconds(60), "the implementing decision is archived",
        () -> decisions.forCase(implementingCase.id()).map(DecisionSummary::archiveObjectId)
            .isPresent());
    DecisionContent implementing = DecisionData.extract(
        decisions.signedDocument(implementingCase.id()).orElseThrow());
    assertThat(implementing.publicity().publicityClass())
        .isEqualTo(DecisionContent.PublicityClass.CONFIDENTIAL);
    assertThat(implementing.publicity().legalBasis()).contains("24 § 1 mom 30 k");
    Page implementingRecord = archivist.get(archivist.get("/archive?caseNumber="
            + URLEncoder.encode(implementingNumber, StandardCharsets.UTF_8)).document()
        .select("a.record-link").stream().filter(a -> a.text().equals(implementingNumber))
        .findFirst().orElseThrow().attr("href"));
    assertThat(implementingRecord.document().selectFirst("[data-field=publicityClass]")
        .attr("data-value")).isEqualTo("CONFIDENTIAL");
    assertThat(implementingRecord.text("[data-field=taskClassCode]")).isEqualTo("12.01.02");

    assertThat(audit.about("support-case", caseNumber))
        .anySatisfy(e -> assertThat(e.actor()).startsWith(OFFICIAL))
        .anySatisfy(e -> assertThat(e.actor()).startsWith(GUARDIAN + " "));
    assertThat(audit.chainIntact()).isTrue();
  }

  @Test
  void aSwedishSchoolsSupportDecisionIsInSwedish() throws IOException {
    WebSession official = as(SWEDISH_OFFICIAL);
    String casePath = open(official, "Ella Lindqvist");
    UUID caseId = caseId(casePath);
    assess(official, casePath, List.of("SPECIAL_NEEDS_PARTLY_SMALL_GROUP"));
    plan(official, casePath);
    awaitStage(official, casePath, "HEARING");
    assertThat(answer(as(SWEDISH_GUARDIAN), caseId, "Vi stöder planen.").text("[role=status]"))
        .contains("Ditt bemötande har antecknats");
    awaitStage(official, casePath, "PRINCIPAL_DECISION");
    LocalDate review = TestClock.today().plusMonths(6);
    as(SWEDISH_PRINCIPAL).submit(casePath, casePath + "/decision", Map.of("outcome", "APPROVED",
        "reasoning", "Elevens stödbehov har bedömts i samarbete mellan lärarna och elevvården.",
        "reviewDate", review.toString()));
    eventually(Duration.ofSeconds(60), "the Swedish decision is archived",
        () -> decisions.forCase(caseId).map(DecisionSummary::archiveObjectId).isPresent());

    byte[] pdf = as(SWEDISH_GUARDIAN).download("/guardian/cases/" + caseId + "/decision.pdf").body();
    PdfChecks.assertPdfAConformsToClaim(pdf);
    assertThat(verifier.verify(pdf).valid()).isTrue();
    DecisionContent data = DecisionData.extract(pdf);
    assertThat(data.language()).isEqualTo(DecisionContent.Language.SV);
    assertThat(data.title()).isEqualTo("Beslut om elevspecifikt stöd");
    assertThat(data.instruction().authorityName()).isEqualTo("Tillstånds- och tillsynsverket");
    assertThat(text(pdf)).contains("speciallärare delvis i liten grupp", "verkställs genast",
        "Johan Lindqvist gav sitt bemötande", "Anna Berg");
  }

  @Test
  void groupLevelSupportIsRecordedWithoutADecision() {
    WebSession official = as(OFFICIAL);
    String casePath = open(official, "Aino Virtanen");
    assess(official, casePath, List.of("GENERAL_REMEDIAL"));
    awaitStage(official, casePath, "GROUP_SUPPORT");
    assertThat(decisions.forCase(caseId(casePath))).isEmpty();
    Page guardianView = as(GUARDIAN).get("/guardian");
    assertThat(guardianView.document().select("td.status").eachText()).contains("Suljettu ilman päätöstä");
  }

  @Test
  void theSupportCaseIsSeenOnlyByThePupilsUnitAndGuardians() {
    WebSession official = as(OFFICIAL);
    String casePath = open(official, "Onni Virtanen");
    UUID caseId = caseId(casePath);
    assertThat(as(OTHER_OFFICIAL).get(casePath).status()).as("another unit").isEqualTo(403);
    assertThat(as(OTHER_GUARDIAN).get("/guardian/support/" + caseId).status())
        .as("another family").isEqualTo(403);
    assertThat(as(ARCHIVIST).get(casePath).status()).as("not the archive desk").isEqualTo(403);
    assertThat(as("huoltaja-mikko").get("/guardian/support/" + caseId).status()).isEqualTo(200);

    Page noMeasures = official.submit(casePath, casePath + "/assessment",
        Map.of("assessment", "Arvio"));
    assertThat(noMeasures.status()).isEqualTo(422);
    assertThat(noMeasures.text(".error-summary")).contains("Valitse vähintään yksi tukitoimi");
    Page unknownPupil = official.submit("/official/support", "/official/support",
        Map.of("identityCode", "010101A123X", "reason", "x"));
    assertThat(unknownPupil.status()).isEqualTo(422);
  }

  /**
   * Moves the engine's and the application's time 15 days ahead together (TestClock); ordered
   * last so that this class's other cases are not caught by the jump.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void aHearingNotAnsweredByTheDeadlineIsRecordedAndTheDecisionProceeds() {
    WebSession official = as(OFFICIAL);
    String casePath = open(official, "Onni Virtanen");
    UUID caseId = caseId(casePath);
    assess(official, casePath, List.of("INTERPRETING_AND_ASSISTANT"));
    plan(official, casePath);
    awaitStage(official, casePath, "HEARING");

    TestClock.advance(Duration.ofDays(15));
    eventually(Duration.ofSeconds(30), "the deadline passes and the principal's step opens",
        () -> stage(official, casePath).equals("PRINCIPAL_DECISION"));
    assertThat(official.get(casePath).document().select(".unanswered")).hasSize(2);
    Page late = as(GUARDIAN).submit("/guardian/support/" + caseId,
        "/guardian/support/" + caseId + "/hearing", Map.of("answer", "Myöhässä."));
    assertThat(late.status()).isEqualTo(422);
  }

  private String open(WebSession official, String pupilName) {
    Page started = official.submit("/official/support", "/official/support",
        Map.of("identityCode", person(pupilName).identityCode().value(),
            "reason", "Oppimisen vaikeudet ovat jatkuneet ryhmäkohtaisesta tuesta huolimatta."));
    assertThat(started.status()).isEqualTo(200);
    String path = URI.create(started.uri()).getPath();
    awaitStage(official, path, "NEEDS_ASSESSMENT");
    return path;
  }

  private static void assess(WebSession official, String casePath, List<String> measures) {
    var fields = new java.util.ArrayList<Map.Entry<String, String>>();
    measures.forEach(m -> fields.add(Map.entry("measure", m)));
    fields.add(Map.entry("assessment", "Oppilas tarvitsee rauhallisen oppimisympäristön."));
    assertThat(official.submitFields(casePath, casePath + "/assessment", fields).status())
        .isEqualTo(200);
  }

  private static void plan(WebSession official, String casePath) {
    awaitStage(official, casePath, "SUPPORT_PLAN");
    assertThat(official.submit(casePath, casePath + "/plan", Map.of("plan",
        "Tavoitteena on lukutaidon vahvistaminen pienryhmässä.", "start",
        TestClock.today().plusDays(7).toString())).status()).isEqualTo(200);
  }

  private static Page answer(WebSession guardian, UUID caseId, String answer) {
    Page answered = guardian.submit("/guardian/support/" + caseId,
        "/guardian/support/" + caseId + "/hearing", Map.of("answer", answer));
    assertThat(answered.document().selectFirst("#own-answer")).as("the answer is recorded").isNotNull();
    return answered;
  }

  private static void awaitStage(WebSession session, String casePath, String stage) {
    eventually(Duration.ofSeconds(30), "the support case reaches " + stage,
        () -> stage(session, casePath).equals(stage));
  }

  private static String stage(WebSession session, String casePath) {
    return session.get(casePath).document().selectFirst("#stage").attr("data-stage");
  }

  private static UUID caseId(String casePath) {
    return UUID.fromString(casePath.substring(casePath.lastIndexOf('/') + 1));
  }

  private Person person(String fullName) {
    return people.searchChildren(MUNICIPALITY, fullName.split(" ")[0]).stream()
        .filter(p -> p.fullName().equals(fullName)).findFirst()
        .orElseGet(() -> people.find(MUNICIPALITY, guardianId(fullName)).orElseThrow());
  }

  private UUID guardianId(String fullName) {
    for (Person child : people.searchChildren(MUNICIPALITY, "Virtanen")) {
      for (Person guardian : people.guardiansOf(MUNICIPALITY, child.id())) {
        if (guardian.fullName().equals(fullName)) {
          return guardian.id();
        }
      }
    }
    throw new AssertionError("No person " + fullName);
  }

  private static String text(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
