package fi.kanslia.admission.internal;

import fi.kanslia.admission.AdmissionCases;
import org.springframework.stereotype.Component;

/**
 * The decision that places an applicant on the waiting lists of the programmes they ranked above
 * their placement (or all they ranked), with the positions. The same writer as the admission.
 */
@Component
class WaitingListDecisionTemplate extends AdmissionDecisionTemplate {

  WaitingListDecisionTemplate(AdmissionDecisionWriter writer) {
    super(writer);
  }

  @Override
  public String decisionType() {
    return AdmissionCases.WAITING_LIST;
  }
}
