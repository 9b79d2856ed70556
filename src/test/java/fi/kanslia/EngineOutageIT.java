package fi.kanslia;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.engine.ProcessCommands;
import fi.kanslia.testsupport.Applications;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.WebSession;
import fi.kanslia.testsupport.WebSession.Page;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An application submitted while the engine is unreachable is kept, and its process starts later;
 * a backlog that stops moving shows in the health endpoint.
 */
class EngineOutageIT extends KansliaIT {

  @Autowired ProcessCommands engineCommands;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void engineBack() {
    ENGINE.restore();
  }

  @Test
  void anApplicationAcceptedDuringAnEngineOutageStartsItsProcessWhenTheEngineIsBack() {
    WebSession guardian = as(SWEDISH_GUARDIAN);
    Page form = guardian.get("/guardian/applications/new");

    ENGINE.cut();
    Page confirmation = guardian.submit("/guardian/applications/new", "/guardian/applications",
        Applications.form(form.document(), "Ella Lindqvist", SCHOOL_HAVSVINDEN, "sv"));
    assertThat(confirmation.status()).isEqualTo(200);
    String caseNumber = confirmation.text("#case-number");
    String casePath = URI.create(confirmation.uri()).getPath();

    eventually(Duration.ofSeconds(30), "the engine refuses the start at least once",
        () -> jdbc.sql("select coalesce(max(attempts), 0) from engine_command c join case_file f"
                + " on f.id = c.case_id where f.case_number = ? and c.done_at is null")
            .param(caseNumber).query(Integer.class).single() > 0);
    assertThat(engineCommands.pendingCount()).isPositive();
    assertThat(caseStatus(guardian, casePath)).isEqualTo("SUBMITTED");

    ENGINE.restore();
    eventually(Duration.ofSeconds(60), "the process starts and opens the official's review",
        () -> caseStatus(guardian, casePath).equals("IN_REVIEW"));
    assertThat(as(SWEDISH_OFFICIAL).get("/official").document().select("table.queue a").eachText())
        .contains(caseNumber);
  }

  @Test
  void aCommandWaitingTooLongTakesTheOutboxOutOfService() {
    String caseId = jdbc.sql("select id::text from case_file limit 1").query(String.class).single();
    UUID stale = UUID.randomUUID();
    jdbc.sql("insert into engine_command (id, municipality_code, case_id, kind, name, variables,"
            + " created_at, next_attempt_at) values (?, ?, cast(? as uuid), 'PUBLISH_MESSAGE',"
            + " 'health-check', '{}'::jsonb, now() - interval '1 hour', now() + interval '1 day')")
        .params(stale, MUNICIPALITY, caseId).update();
    try {
      var health = new WebSession(port).get("/actuator/health");
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.document().text()).contains("\"engineOutbox\":{\"status\":\"OUT_OF_SERVICE\"");
    } finally {
      jdbc.sql("delete from engine_command where id = ?").param(stale).update();
    }
    assertThat(new WebSession(port).get("/actuator/health").status()).isEqualTo(200);
  }
}
