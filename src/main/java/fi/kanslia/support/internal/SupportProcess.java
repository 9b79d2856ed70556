package fi.kanslia.support.internal;

import fi.kanslia.processes.SupportDecisionModel;

/** The names by which support cases talk to processes/support-decision.bpmn. */
final class SupportProcess {

  static final String START_MESSAGE = SupportDecisionModel.START_MESSAGE;
  static final String ASSESSED_MESSAGE = SupportDecisionModel.NEEDS_ASSESSMENT_COMPLETED_MESSAGE;
  static final String PLANNED_MESSAGE = SupportDecisionModel.SUPPORT_PLAN_COMPLETED_MESSAGE;
  static final String HEARING_CLOSED_MESSAGE = SupportDecisionModel.HEARING_CLOSED_MESSAGE;
  static final String DECIDED_MESSAGE = SupportDecisionModel.SUPPORT_DECIDED_MESSAGE;
  static final String REVIEWED_MESSAGE = SupportDecisionModel.SUPPORT_REVIEWED_MESSAGE;

  private SupportProcess() {}
}
