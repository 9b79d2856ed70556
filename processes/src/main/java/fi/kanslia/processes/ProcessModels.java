package fi.kanslia.processes;

import java.util.List;

/** Every BPMN and DMN model of this module, as classpath resource paths, for deployment at application start. */
public final class ProcessModels {

    private static final List<String> ALL = List.of(
            SchoolPlaceApplicationModel.BPMN_RESOURCE,
            SchoolPlaceApplicationModel.DMN_RESOURCE,
            SecondaryPriorityModel.DMN_RESOURCE,
            DecisionRulesModel.DMN_RESOURCE,
            SupportDecisionModel.BPMN_RESOURCE,
            AdmissionRoundModel.BPMN_RESOURCE,
            AdmissionCriteriaModel.DMN_RESOURCE,
            SchoolPlaceCohortModel.BPMN_RESOURCE,
            RectificationRequestModel.BPMN_RESOURCE,
            DecisionIssuanceModel.BPMN_RESOURCE);

    private ProcessModels() {
    }

    /**
     * The classpath resource paths of all models. A test fails when a model file of the module is missing
     * here, so a new model cannot be left undeployed.
     */
    public static List<String> all() {
        return ALL;
    }
}
