package fi.kanslia.admission;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.audit.AuditLog;
import fi.kanslia.identity.IdentityRegistry;
import fi.kanslia.identity.Role;
import fi.kanslia.school.Municipality;
import fi.kanslia.school.School;
import fi.kanslia.school.Schools;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.TestClock;
import fi.kanslia.testsupport.WebSession;
import fi.kanslia.testsupport.WebSession.Page;
import fi.kanslia.workers.ports.AdmissionRounds;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admission round to emphasised teaching end to end over HTTP on the real parts: the education
 * office publishes a round of two programmes; guardians apply; scores are entered one by one and
 * from a file; the placement is reviewed, re-run after a capacity change and published; the mass
 * decisions are issued, signed and archived with their explanations; a declined place goes to the
 * first on the waiting list.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdmissionRoundIT extends KansliaIT {

  private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
  private static final String LAHTI = "398";
  private static final Duration PROCESS = Duration.ofSeconds(60);

  @Autowired fi.kanslia.decision.DecisionSignatures signatures;
  @Autowired Schools schools;
  @Autowired IdentityRegistry identities;
  @Autowired AuditLog audit;
  @Autowired AdmissionRounds steps;

  @Test
  @Order(1)
  void onlyTheMunicipalitysStaffSetUpARoundAndInvalidInputStoresNothing() {
    WebSession official = as(OFFICIAL);
    Page invalid = official.submit("/official/admission", "/official/admission/rounds",
        Map.of("name", " ", "maxPreferences", "0", "applicationOpens", "2027-01-10T08:00",
            "applicationCloses", "2027-01-01T08:00", "school1", "", "capacity1", "5"));
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.document().select(".error-summary li").eachText()).contains(
        "Täytä tämä kenttä.", "Anna hakutoiveiden enimmäismäärä (1–10).",
        "Ryhmä 1: valitse kunnan koulu.");
    assertThat(official.get("/official/admission").document().select("a.round-link")).isEmpty();

    String roundPath = createRound(official, "Tarkastushaku", engineNow().plus(Duration.ofDays(30)), 2);
    assertThat(as(ARCHIVIST).get(roundPath).status()).as("not the archive desk").isEqualTo(403);
    assertThat(as(GUARDIAN).get(roundPath).status()).isEqualTo(403);
    assertThat(anotherCitysOfficial().get(roundPath).status()).as("another municipality")
        .isEqualTo(403);
    Page swedish = as(SWEDISH_OFFICIAL).get(roundPath + "?lang=sv");
    assertThat(swedish.text("#stage")).isEqualTo("Utkast");
    Page english = official.get(roundPath + "?lang=en");
    assertThat(english.text("#stage")).isEqualTo("Draft");
  }

  /**
   * The whole round. Moves the shared time line past the acceptance deadline (one day), which
   * cannot be undone: runs last, and no other test's timer is due within a day.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void aRoundRunsFromApplicationsToDecisionsAndAVacancyGoesToTheFirstOnTheWaitingList()
      throws IOException {
    WebSession official = as(OFFICIAL);
    Instant engineNow = engineNow();
    String roundPath = createRound(official, "Painotettu opetus 2027", engineNow, 2);
    official.submit(roundPath, roundPath + "/publish", Map.of());
    awaitStage(official, roundPath, "APPLICATIONS_OPEN");

    // Applications, in the guardians' own language, within the period.
    WebSession maija = as(GUARDIAN);
    WebSession other = as(OTHER_GUARDIAN);
    WebSession ella = as(SWEDISH_GUARDIAN);
    String roundId = roundPath.substring(roundPath.lastIndexOf('/') + 1);
    String applyPath = "/guardian/admission/rounds/" + roundId + "/apply";
    assertThat(maija.get("/guardian").document().select("#admission-link")).hasSize(1);
    assertThat(maija.get("/guardian/admission").document().select("a.apply-link").eachAttr("href"))
        .contains(applyPath);
    Page notOwnChild = apply(maija, applyPath, option(other, applyPath, "#child", CHILD_LEO),
        List.of("musiikkiluokka"));
    assertThat(notOwnChild.status()).isEqualTo(422);
    assertThat(notOwnChild.text(".error-summary")).contains("Valitse oma lapsesi");
    String ainoId = option(maija, applyPath, "#child", CHILD_AINO);
    Page duplicate = apply(maija, applyPath, ainoId, List.of("musiikkiluokka", "musiikkiluokka"));
    assertThat(duplicate.text(".error-summary")).contains("kunkin ryhmän voi valita vain kerran");
    assertThat(duplicate.document().selectFirst("#child option[selected]").val())
        .as("the form comes back as filled").isEqualTo(ainoId);
    assertThat(maija.get("/guardian").document().select("table.cases").text())
        .as("nothing stored").doesNotContain("painotettuun");

    String aino = caseNumber(apply(maija, applyPath, ainoId,
        List.of("musiikkiluokka", "liikuntaluokka")));
    String onni = caseNumber(apply(maija, applyPath, option(maija, applyPath, "#child", "Onni Virtanen"),
        List.of("musiikkiluokka")));
    String leo = caseNumber(apply(other, applyPath, option(other, applyPath, "#child", CHILD_LEO),
        List.of("musiikkiluokka", "liikuntaluokka")));
    String venla = caseNumber(apply(other, applyPath, option(other, applyPath, "#child", "Venla Korhonen"),
        List.of("liikuntaluokka")));
    String ellaCase = caseNumber(apply(ella, applyPath + "?lang=sv",
        option(ella, applyPath, "#child", "Ella Lindqvist"), List.of("musikklass")));
    Page ainoCase = maija.get(casePath(maija, aino));
    assertThat(ainoCase.text("#case-number")).isEqualTo(aino);
    assertThat(other.get(casePath(maija, aino)).status()).as("another family").isEqualTo(403);

    // The period closes by the engine's timer; the tests are scheduled.
    awaitStage(official, roundPath, "TESTING");
    Page late = apply(maija, applyPath, ainoId, List.of("musiikkiluokka"));
    assertThat(late.status()).as("after the application period").isEqualTo(422);
    assertThat(late.text(".error-summary")).contains("Haku ei ole avoinna");
    assertThat(maija.get(casePath(maija, aino)).document().select("td.invitation").eachText())
        .hasSize(2).allSatisfy(slot -> assertThat(slot).isNotBlank());

    // Scores: a file with errors stores nothing; then a file and one by one.
    String bad = aino + ";P1;45\nESP/999/1/2027;P1;40\n" + onni + ";P1;4x\n";
    Page rejected = official.upload(roundPath, roundPath + "/scores/import", "file", "scores.csv",
        bad.getBytes(StandardCharsets.UTF_8));
    assertThat(rejected.status()).isEqualTo(422);
    assertThat(rejected.document().select(".error-summary li").eachText()).containsExactly(
        "Rivi 2: asianumerolla ESP/999/1/2027 ei ole hakenut ryhmään P1.",
        "Rivi 3: \"4x\" ei ole pistemäärä (luku, jossa enintään kolme desimaalia, tai ABSENT).");
    assertThat(official.get(roundPath).document().select("table.scores td.score").eachText())
        .allSatisfy(score -> assertThat(score).isEmpty());
    String good = "asianumero;ryhmä;pisteet\n" + aino + ";P1;40\n" + aino + ";P2;30\n"
        + onni + ";P1;40\n" + leo + ";P1;40\n" + leo + ";P2;35,5\n";
    assertThat(official.upload(roundPath, roundPath + "/scores/import", "file", "scores.csv",
        good.getBytes(StandardCharsets.UTF_8)).text("[role=status]")).contains("tallennettiin");
    Page incomplete = official.submit(roundPath, roundPath + "/scores/complete", Map.of());
    assertThat(incomplete.text(".error-summary")).contains("Pisteitä puuttuu vielä 2");
    score(official, roundPath, venla, "P2", "20");
    Page ellaScored = official.submit(roundPath, roundPath + "/scores", Map.of("caseNumber",
        ellaCase, "programme", "P1", "score", "50", "reserved", "true"));
    assertThat(ellaScored.document().select("table.scores tr[data-case=" + ellaCase + "] td.reserved")
        .text()).as("marked eligible for reserved seats").isEqualTo("kyllä");
    assertThat(official.submit(roundPath, roundPath + "/scores", Map.of("caseNumber", onni,
        "programme", "P2", "score", "30")).status()).as("Onni did not apply to P2").isEqualTo(422);
    official.submit(roundPath, roundPath + "/scores/complete", Map.of());

    // Run 1: both music seats go to the neighbourhood school's applicants (priority group 2).
    awaitRun(official, roundPath, 1);
    Page run1 = official.get(roundPath);
    assertThat(placed(run1, aino)).isEqualTo("P1");
    assertThat(placed(run1, onni)).isEqualTo("P1");
    assertThat(placed(run1, leo)).isEqualTo("P2");
    assertThat(placed(run1, venla)).as("below the sports minimum").isEmpty();
    assertThat(placed(run1, ellaCase)).isEmpty();

    // One music seat fewer and a re-run with the same seed: the lottery decides between equals.
    String programme1 = run1.document().selectFirst("tr[data-code=P1] input[name=programme]").val();
    official.submit(roundPath, roundPath + "/capacity", Map.of("programme", programme1, "capacity", "1"));
    official.submit(roundPath, roundPath + "/rerun", Map.of());
    awaitRun(official, roundPath, 2);
    Page run2 = official.get(roundPath);
    String winner = placed(run2, aino).equals("P1") ? aino : onni;
    String loser = winner.equals(aino) ? onni : aino;
    assertThat(placed(run2, winner)).isEqualTo("P1");
    assertThat(run2.document().select("table.moves tr[data-case=" + loser + "] td.from").text())
        .isEqualTo("P1");
    assertThat(run2.document().select("table.cutoffs tr[data-code=P1] td.filled-change").text())
        .isEqualTo("2 → 1");
    official.submit(roundPath, roundPath + "/publish-run", Map.of());

    // One decision per application, issued, signed, sent and archived.
    eventually(Duration.ofSeconds(120), "the five decisions are archived",
        () -> progress(official, roundPath, "ARCHIVED") == 5);
    // A job delivered again after a crash changes nothing: no second run, no second decision.
    UUID round = UUID.fromString(roundId);
    steps.runPlacement(round, 2);
    steps.issueAdmissionDecisions(round, 2);
    assertThat(progress(official, roundPath, "DECIDED")).isEqualTo(5);
    assertThat(official.get(roundPath).document().selectFirst("#run").attr("data-run")).isEqualTo("2");
    assertThat(official.get(roundPath).text("#criteria-version"))
        .as("the run records which criteria ranked it").contains("admission-criteria v");
    WebSession winnerGuardian = maija;
    String winnerText = decisionText(winnerGuardian, winner);
    assertThat(winnerText).contains("Päätös oppilaaksi ottamisesta painotettuun opetukseen",
        "otetaan oppilaaksi painotettuun opetukseen: musiikkiluokka, Kuusikallion koulu",
        "hakutoiveenaan 1 ja sai soveltuvuuskokeessa 40 pistettä",
        "Ryhmään hyväksyttyjen alin pistemäärä oli 40", "arvontanumero oli");
    String ellaText = decisionText(ella, ellaCase);
    assertThat(ellaText).contains("Beslut om reservplats", "reservplats 2");
    assertThat(decisionText(other, venla)).contains("ei tule valituksi");
    assertThat(audit.about("decision-document", ellaCase)).isNotEmpty();

    // Acceptance: the lottery's winner declines; Leo accepts his sports place.
    answer(maija, winner, "DECLINE");
    answer(other, leo, "ACCEPT");
    if (loser.equals(aino)) {
      answer(maija, aino, "ACCEPT");
    }
    assertThat(other.submit(casePath(other, leo), casePath(other, leo) + "/answer",
        Map.of("answer", "DECLINE")).status()).as("answered once").isEqualTo(422);

    TestClock.advance(Duration.ofDays(1).plusMinutes(1));
    eventually(PROCESS, "the declined music place is offered to the first on its waiting list",
        () -> offerCase(maija) != null);
    String offerPath = offerCase(maija);
    Page offer = maija.get(offerPath);
    assertThat(offer.text("#offered")).contains("musiikkiluokka");
    assertThat(offer.text("dl.facts")).contains(loser.equals(aino) ? CHILD_AINO : "Onni Virtanen");
    assertThat(other.submit(casePath(other, leo), casePath(other, leo) + "/answer",
        Map.of("answer", "ACCEPT")).status()).as("after the acceptance deadline").isEqualTo(422);
    Page accepted = maija.submit(offerPath, offerPath + "/answer", Map.of("answer", "ACCEPT"));
    assertThat(accepted.text("[role=status]")).contains("Vastauksesi on kirjattu");
    awaitStage(official, roundPath, "CLOSED");
    eventually(Duration.ofSeconds(120), "the offer's decision is archived",
        () -> progress(official, roundPath, "ARCHIVED") == 6);
  }

  // ---- helpers ----

  private String createRound(WebSession official, String name, Instant engineNow, int maxPreferences) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("maxPreferences", String.valueOf(maxPreferences));
    fields.put("applicationOpens", local(engineNow.minus(Duration.ofMinutes(1))));
    fields.put("applicationCloses", local(engineNow.plus(Duration.ofSeconds(75))));
    fields.put("acceptanceDeadline", local(engineNow.plus(Duration.ofDays(1))));
    fields.put("vacancyClosingDate", local(engineNow.plus(Duration.ofDays(10))));
    Page desk = official.get("/official/admission");
    fields.put("school1", optionValue(desk, "#school1", SCHOOL_KUUSIKALLIO));
    fields.put("type1", "MUSIC");
    fields.put("capacity1", "2");
    fields.put("school2", optionValue(desk, "#school2", SCHOOL_LEHTOLAAKSO));
    fields.put("type2", "SPORTS");
    fields.put("capacity2", "2");
    Page created = official.submit("/official/admission", "/official/admission/rounds", fields);
    assertThat(created.status()).as(created.document().text()).isEqualTo(200);
    assertThat(created.text("[role=status]")).contains("Haku luotiin");
    return URI.create(created.uri()).getPath();
  }

  private static String local(Instant instant) {
    return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), FINLAND).toString();
  }

  private static String optionValue(Page page, String select, String text) {
    return page.document().select(select + " option").stream()
        .filter(o -> o.text().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("No option " + text + " in " + select)).val();
  }

  private static String option(WebSession session, String path, String select, String text) {
    return optionValue(session.get(path), select, text);
  }

  private static Page apply(WebSession guardian, String applyPath, String childId,
      List<String> programmes) {
    Page form = guardian.get(applyPath);
    String action = applyPath.replaceAll("/apply.*", "/applications");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("child", childId);
    for (int i = 0; i < programmes.size(); i++) {
      int index = i;
      fields.put("choice" + (i + 1), form.document().select("#choice-select1 option").stream()
          .filter(o -> o.text().contains(programmes.get(index)))
          .findFirst().map(Element::val).orElse(""));
    }
    return guardian.submit(applyPath, action, fields);
  }

  private static String caseNumber(Page submitted) {
    assertThat(submitted.status()).as(submitted.document().text()).isEqualTo(200);
    return submitted.text("#case-number");
  }

  private static String casePath(WebSession guardian, String caseNumber) {
    return guardian.get("/guardian").document().select("table.cases a").stream()
        .filter(a -> a.text().equals(caseNumber)).findFirst()
        .orElseThrow(() -> new AssertionError("No case " + caseNumber)).attr("href");
  }

  private static String offerCase(WebSession guardian) {
    return guardian.get("/guardian").document().select("table.cases tr").stream()
        .filter(tr -> tr.text().contains("painotettuun") && tr.select("a").attr("href")
            .contains("/guardian/admission/cases/"))
        .map(tr -> tr.select("a").attr("href"))
        .filter(href -> guardian.get(href).document().selectFirst("#offered") != null)
        .findFirst().orElse(null);
  }

  private static void score(WebSession official, String roundPath, String caseNumber,
      String programme, String score) {
    Page scored = official.submit(roundPath, roundPath + "/scores",
        Map.of("caseNumber", caseNumber, "programme", programme, "score", score));
    assertThat(scored.text("[role=status]")).contains("Pisteet tallennettiin");
  }

  private static void answer(WebSession guardian, String caseNumber, String answer) {
    String path = casePath(guardian, caseNumber);
    Page answered = guardian.submit(path, path + "/answer", Map.of("answer", answer));
    assertThat(answered.text("[role=status]")).contains("Vastauksesi on kirjattu");
  }

  private static String placed(Page round, String caseNumber) {
    return round.document().select("table.applicants tr[data-case=" + caseNumber + "] td.placed").text();
  }

  private static int progress(WebSession official, String roundPath, String status) {
    Element value = official.get(roundPath).document()
        .selectFirst("#progress dd[data-status=" + status + "]");
    return value == null ? 0 : Integer.parseInt(value.text());
  }

  private static void awaitStage(WebSession official, String roundPath, String stage) {
    eventually(Duration.ofSeconds(150), "the round reaches " + stage,
        () -> stage.equals(official.get(roundPath).document().selectFirst("#stage").attr("data-stage")));
  }

  private static void awaitRun(WebSession official, String roundPath, int run) {
    eventually(PROCESS, "placement run " + run, () -> {
      var page = official.get(roundPath).document();
      var shown = page.selectFirst("#run");
      return shown != null && shown.attr("data-run").equals(String.valueOf(run))
          && page.selectFirst("#rerun-pending") == null;
    });
  }

  /** The decision's text, once its PDF/A claim, its signature and its embedded data check out. */
  private String decisionText(WebSession guardian, String caseNumber) throws IOException {
    String path = casePath(guardian, caseNumber);
    UUID caseId = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    var pdf = guardian.download("/guardian/cases/" + caseId + "/decision.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    fi.kanslia.testsupport.PdfChecks.assertPdfAConformsToClaim(pdf.body());
    var signature = signatures.verify(pdf.body());
    assertThat(signature.valid()).as("%s", signature.messages()).isTrue();
    assertThat(fi.kanslia.documents.DecisionData.extract(pdf.body()).caseNumber()).isEqualTo(caseNumber);
    try (var document = Loader.loadPDF(pdf.body())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private WebSession anotherCitysOfficial() {
    if (schools.inMunicipality(LAHTI).isEmpty()) {
      schools.addMunicipality(new Municipality(LAHTI, "Lahden kaupunki", "Lahtis stad", "LAH"));
      UUID school = UUID.randomUUID();
      schools.addSchool(new School(school, LAHTI, "Kivimaan koulu", "Kivimaa skola", "fi",
          "Koulutie 1", "15100", "Lahti", "Rehtori", "kivimaa@example.invalid", "+358 3 000 0000"));
      identities.addAccount(new IdentityRegistry.NewAccount(LAHTI, "lahti-virkailija", PASSWORD,
          "Lahden virkailija", Role.OFFICIAL, null, school, "koulusihteeri", "+358 3 000 0001",
          "lahti@example.invalid", "fi"));
    }
    return as("lahti-virkailija");
  }

  /** Now on the application's and the engine's time line, which earlier tests may have moved. */
  private static Instant engineNow() {
    return new TestClock().instant();
  }
}
