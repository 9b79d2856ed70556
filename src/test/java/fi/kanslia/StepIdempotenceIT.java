package fi.kanslia;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.application.SchoolPlaceApplications;
import fi.kanslia.archiveadapter.RecordArchive;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.casefile.CaseStatus;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.identity.Accounts;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.notification.Notifications;
import fi.kanslia.review.Reviews;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.workers.ports.DecisionArchiving;
import fi.kanslia.workers.ports.DecisionIssuing;
import fi.kanslia.workers.ports.DecisionNotification;
import fi.kanslia.workers.ports.DecisionSigning;
import fi.kanslia.workers.ports.NeighbourhoodSchoolLookup;
import fi.kanslia.workers.ports.OfficialReviewQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every process step is idempotent: a job delivered again after the case is archived (a worker
 * crash before completing, a retry) changes nothing. Also walks the rejection path.
 */
class StepIdempotenceIT extends KansliaIT {

  @Autowired DecidedCases decidedCases;
  @Autowired Accounts accounts;
  @Autowired SchoolPlaceApplications applications;
  @Autowired Reviews reviews;
  @Autowired CaseFiles cases;
  @Autowired Decisions decisions;
  @Autowired Notifications notifications;
  @Autowired RecordArchive archive;
  @Autowired NeighbourhoodSchoolLookup lookup;
  @Autowired OfficialReviewQueue reviewQueue;
  @Autowired DecisionIssuing issuing;
  @Autowired DecisionSigning signing;
  @Autowired DecisionNotification notifying;
  @Autowired DecisionArchiving archiving;

  @Test
  void runningEveryStepAgainAfterTheCaseIsArchivedChangesNothing() {
    CaseFile caseFile = decidedCases.archived(Outcome.REJECTED);
    KansliaUser official = accounts.byUsername(OTHER_OFFICIAL).orElseThrow();

    var application = applications.find(caseFile.id()).orElseThrow();
    assertThat(application.placedSchoolId()).as("a rejection grants no place").isNull();
    var decision = decisions.forCase(caseFile.id()).orElseThrow();
    byte[] signed = decisions.signedDocument(caseFile.id()).orElseThrow();
    int notices = notifications.forDecision(decision.id()).size();
    int history = cases.history(caseFile.id()).size();

    lookup.lookup(caseFile.id());
    reviewQueue.open(caseFile.id(), "PLACE_IN_NEIGHBOURHOOD_SCHOOL");
    issuing.issue(caseFile.id());
    signing.sign(caseFile.id());
    notifying.notifyParties(caseFile.id());
    String objectId = archiving.archive(caseFile.id()).archiveObjectId();

    assertThat(objectId).isEqualTo(decision.archiveObjectId());
    assertThat(decisions.signedDocument(caseFile.id()).orElseThrow()).isEqualTo(signed);
    assertThat(notifications.forDecision(decision.id())).hasSize(notices);
    assertThat(notices).as("both guardians are notified, each separately").isEqualTo(2);
    assertThat(cases.history(caseFile.id())).hasSize(history);
    assertThat(cases.find(MUNICIPALITY, caseFile.id()).orElseThrow().status())
        .isEqualTo(CaseStatus.ARCHIVED);
    assertThat(reviews.queue(official)).noneMatch(i -> i.caseId().equals(caseFile.id()));
    assertThat(archive.findByCaseNumber(MUNICIPALITY, caseFile.caseNumber()))
        .as("the decision and its validation report, each filed once")
        .extracting(r -> r.metadata().documentType())
        .containsExactlyInAnyOrder("decision", "signature-validation-report");
  }
}
