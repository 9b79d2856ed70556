package fi.kanslia.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.casefile.CaseFile;
import java.time.Duration;
import java.util.Map;

/** What a guardian and an official do about a rectification request, over HTTP. */
public final class RectificationSteps {

  private RectificationSteps() {}

  /** The guardian files a request from the case page; returns once it is with the authority. */
  public static void requestRectification(WebSession guardian, String casePath, String text) {
    var filed = guardian.submit(casePath, casePath + "/rectification", Map.of("text", text));
    assertThat(filed.text("#rectification [role=status]")).isNotBlank();
    KansliaIT.eventually(Duration.ofSeconds(30), "the request is sent to the authority",
        () -> "FORWARDED".equals(rectificationStatus(guardian, casePath)));
  }

  /** The official records the authority's outcome, decided today, from the unit's desk. */
  public static void recordOutcome(WebSession official, CaseFile caseFile, String outcome,
      String reference, String confirmation) {
    var recorded = official.submit("/official/rectifications", outcomeAction(official, caseFile),
        Map.of("outcome", outcome, "reference", reference,
            "decided-on", TestClock.today().toString()));
    assertThat(recorded.text("[role=status]")).isEqualTo(confirmation);
  }

  /** The official's page for the decision implementing the granted request of the case. */
  public static String implementationPage(WebSession official, CaseFile original) {
    String item = "#to-implement li[data-case=" + original.caseNumber() + "] a";
    KansliaIT.eventually(Duration.ofSeconds(30), "the implementing decision waits on the desk",
        () -> official.get("/official/rectifications").document().selectFirst(item) != null);
    return official.get("/official/rectifications").document().selectFirst(item).attr("href");
  }

  /** Where the desk's outcome form of the case's request posts to. */
  public static String outcomeAction(WebSession official, CaseFile caseFile) {
    var desk = official.get("/official/rectifications").document();
    var article = desk.selectFirst("article[data-case=" + caseFile.caseNumber() + "]");
    assertThat(article).as("the request on the unit's desk").isNotNull();
    return article.selectFirst("form").attr("action");
  }

  public static String rectificationStatus(WebSession session, String casePath) {
    var status = session.get(casePath).document().selectFirst("#rectification-status");
    return status == null ? "" : status.attr("data-status");
  }
}
